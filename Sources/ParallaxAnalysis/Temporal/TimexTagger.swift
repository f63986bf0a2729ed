import ParallaxReading

/// Finds TIMEX3 expressions (dates, times, durations, recurrences) in English text and normalises their values
/// against the publication date, by rules: no model.
///
/// Extents follow TimeML: a leading preposition is left out ("on Monday" → "Monday"), determiners and
/// modifiers are kept ("the past nine days", "last week", "early 2009"). Dates written without a year or week
/// resolve by the tense of their clause (see `TemporalDirection`): "will meet on Wednesday" is the coming
/// Wednesday, "met on Wednesday" the last one; a month and day with no cue is the nearest such day.
///
/// ```swift
/// TimexTagger(reference: CalendarDay(year: 2011, month: 3, day: 25)).timexes(in: "He will visit on Monday.")
/// // [Timex(text: "Monday", type: .date, value: "2011-03-28")]
/// ```
public struct TimexTagger: Sendable {
    let reference: CalendarDay?

    /// `reference` is the publication date; without one, relative expressions keep unknown parts as "X".
    public init(reference: CalendarDay?) {
        self.reference = reference
    }

    public func timexes(in text: String) -> [Timex] {
        let view = TextView(text)
        let tokens = view.utf8.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0) }
        return timexes(in: view, tokens: tokens, strings: TokenStrings(tokens, in: view))
    }

    public func timexes(in text: TextView, tokens: [Token], strings: TokenStrings) -> [Timex] {
        var scan = TimexScan(text: text, tokens: tokens, lower: strings.lowercased, original: strings.original,
                             reference: reference)
        return scan.run()
    }
}

/// One match of a pattern: tokens `first...last`, its type and value.
struct TimexMatch {
    var first: Int
    var last: Int
    var type: Timex.Kind
    var value: String
}

/// The state of one pass over an article's tokens; the patterns live in extensions by kind.
struct TimexScan {
    let text: TextView
    let tokens: [Token]
    let lower: TokenTexts
    let original: TokenTexts
    let reference: CalendarDay?
    var found: [Timex] = []

    mutating func run() -> [Timex] {
        var index = 0
        while index < tokens.count {
            if let match = match(at: index) {
                found.append(Timex(
                    start: tokens[match.first].start, end: tokens[match.last].end,
                    text: text.string(from: tokens[match.first], to: tokens[match.last]), type: match.type,
                    value: match.value))
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The patterns, most specific first: a full date before a bare month, "two years ago" before "two years".
    func match(at index: Int) -> TimexMatch? {
        for pattern in Self.patterns {
            if let match = pattern(self, index) { return match }
        }
        return nil
    }

    /// Made once, not for every token.
    static let patterns: [@Sendable (TimexScan, Int) -> TimexMatch?] = [
        { $0.calendarDate(at: $1) }, { $0.numericDate(at: $1) }, { $0.clockTime(at: $1) }, { $0.weekday(at: $1) },
        { $0.relativeDay(at: $1) }, { $0.quarterOrHalf(at: $1) }, { $0.partOfPeriod(at: $1) },
        { $0.neighbouringDay(at: $1) }, { $0.relativePeriod(at: $1) },
        { $0.season(at: $1) }, { $0.holiday(at: $1) }, { $0.recurrence(at: $1) }, { $0.duration(at: $1) },
        { $0.year(at: $1) }, { $0.reference(at: $1) },
    ]

    // MARK: Token tests

    func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? lower[index] : "" }

    func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number }

    func isCapitalised(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let byte = text.firstByte(tokens[index])
        return byte >= 0x41 && byte <= 0x5A
    }

    /// Whether nothing (no space) separates a token from the next: "27-year", "18:00", "mid-2011".
    func touchesNext(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].end == tokens[index + 1].start
    }

    /// The direction of the clause around tokens `first...last`.
    func direction(_ first: Int, _ last: Int) -> TemporalDirection {
        TemporalDirection.of(first: first, last: last, tokens: tokens, lower: lower)
    }

    /// The day a clock time or part of day belongs to: the last full date found earlier in the same sentence,
    /// else the publication date.
    func anchorDay(before index: Int) -> String? {
        // Bounded walks (60 tokens, the last 8 expressions): text without full stops must not cost its square.
        var sentenceStart = index
        while sentenceStart > 0, index - sentenceStart < 60, ![".", "!", "?"].contains(lower[sentenceStart - 1]) {
            sentenceStart -= 1
        }
        let start = sentenceStart < tokens.count ? tokens[sentenceStart].start : 0
        if let day = found.suffix(8).last(where: { $0.start >= start && $0.type == .date && $0.value.count == 10
            && !$0.value.hasPrefix("X") }) {
            return day.value
        }
        return reference?.timexDay
    }

    /// The last full calendar day found so far, among the last few expressions.
    func lastNamedDay() -> CalendarDay? {
        found.suffix(8).last { $0.type == .date && $0.value.count == 10 && !$0.value.hasPrefix("X") }
            .flatMap { CalendarDay(iso8601: $0.value) }
    }
}

extension TimexScan {
    /// Whether no line break lies between two tokens: a headline's last word and the dateline below it are
    /// not one expression.
    func sameLine(_ first: Int, _ second: Int) -> Bool {
        guard first >= 0, second < tokens.count, first <= second else { return false }
        return !text.utf8[tokens[first].bytes.upperBound..<tokens[second].bytes.lowerBound].contains(0x0A)
    }
}
