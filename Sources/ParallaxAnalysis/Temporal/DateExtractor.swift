import ParallaxReading

/// Finds dates in an article and resolves them against its publication date (the reference):
/// "on Thursday" in a report of Friday 25 March 2011 is 24 March; "On Monday" in one of Tuesday 22 March is
/// 21 March; "last week" is the week before the reference's; "March 22" takes the reference's year.
///
/// A date without its year or week resolves by the tense of its clause (`TemporalDirection`): "met on
/// Wednesday" is the latest Wednesday on or before the reference, "will meet on Wednesday" the first on or after
/// it; "scheduled for March 3" in a November report is next March; with no cue, a month and day is the nearest
/// such day.
public struct DateExtractor: Sendable {
    let reference: CalendarDay?

    /// `reference` is the publication date relative dates are resolved against.
    public init(reference: CalendarDay?) {
        self.reference = reference
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let months: [String: Int] = {
        var months: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            if name != "may" { months[String(name.prefix(3)) + "."] = index + 1 }
            months[String(name.prefix(3))] = index + 1
        }
        months["sept."] = 9
        months["sept"] = 9
        return months
    }()
    private static let smallNumbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    public func dates(in text: TextView, tokens: [Token], strings: TokenStrings) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = 0
        let lower = strings.lowercased
        func mention(_ first: Int, _ last: Int, _ date: CalendarDay?, _ granularity: DateMention.Granularity, relative: Bool) {
            mentions.append(DateMention(text: text.string(from: tokens[first], to: tokens[last]), start: tokens[first].start,
                                        end: tokens[last].end, date: date, granularity: granularity, isRelative: relative))
            index = last + 1
        }
        while index < tokens.count {
            let word = lower[index]
            let previous = index > 0 ? lower[index - 1] : ""
            let next = index + 1 < tokens.count ? lower[index + 1] : ""

            // Month names count when capitalised: "march" and "may" are also verbs.
            if let month = Self.months[word], tokens[index].kind == .word, text.firstByte(tokens[index]) < 0x5B {
                // "March 22, 2011", "March 22", "March 2011", "March"
                if index + 1 < tokens.count, let day = Self.dayNumber(lower[index + 1], tokens[index + 1]) {
                    var last = index + 1
                    var year: Int?
                    if index + 3 < tokens.count, lower[index + 2] == ",", let explicit = Self.yearNumber(lower[index + 3]) {
                        year = explicit
                        last = index + 3
                    } else if index + 2 < tokens.count, let explicit = Self.yearNumber(lower[index + 2]) {
                        year = explicit
                        last = index + 2
                    }
                    let date = year.map { CalendarDay(year: $0, month: month, day: day) }
                        ?? resolve(month: month, day: day, direction: direction(index, last))
                    mention(index, last, date, .day, relative: last == index + 1)
                    continue
                }
                // "22 March 2011", "22 March"
                if index > 0, let day = Self.dayNumber(previous, tokens[index - 1]) {
                    var last = index
                    var year: Int?
                    if let explicit = Self.yearNumber(next) {
                        year = explicit
                        last = index + 1
                    }
                    let date = year.map { CalendarDay(year: $0, month: month, day: day) }
                        ?? resolve(month: month, day: day, direction: direction(index - 1, last))
                    // The day token was passed over already; the mention starts there.
                    mentions.append(DateMention(
                        text: text.string(from: tokens[index - 1], to: tokens[last]), start: tokens[index - 1].start,
                        end: tokens[last].end, date: date, granularity: .day, isRelative: last == index))
                    index = last + 1
                    continue
                }
                if let year = Self.yearNumber(next) {
                    mention(index, index + 1, CalendarDay(year: year, month: month, day: 1), .month, relative: false)
                    continue
                }
                if ["in", "since", "until", "by", "early", "late", "mid", "last", "next", "this"].contains(previous) {
                    mention(index, index, resolve(month: month, direction: direction(index, index)), .month, relative: true)
                    continue
                }
            }

            if let weekday = Self.weekdays.firstIndex(of: word) {
                let first = ["last", "next", "this"].contains(previous) ? index - 1 : index
                mention(first, index, resolve(weekday: weekday, modifier: first < index ? previous : nil,
                                              direction: direction(first, index)), .day, relative: true)
                continue
            }

            switch word {
            case "today", "tonight":
                mention(index, index, reference, .day, relative: true)
                continue
            case "yesterday":
                mention(index, index, reference?.adding(days: -1), .day, relative: true)
                continue
            case "tomorrow":
                mention(index, index, reference?.adding(days: 1), .day, relative: true)
                continue
            case "week", "month", "year":
                if ["last", "next", "this", "past"].contains(previous), previous != "past" || word != "week" {
                    mention(index - 1, index, resolve(period: word, modifier: previous), Self.granularity(word), relative: true)
                    continue
                }
            case "ago":
                // "two days ago", "3 weeks ago"
                if index >= 2, let count = Self.smallNumbers[lower[index - 2]] ?? Int(lower[index - 2]), count < 1000 {
                    let unit = lower[index - 1]
                    let date: CalendarDay?
                    switch unit {
                    case "day", "days": date = reference?.adding(days: -count)
                    case "week", "weeks": date = reference?.adding(days: -7 * count)
                    case "month", "months": date = reference?.adding(months: -count)
                    case "year", "years": date = reference?.adding(months: -12 * count)
                    default: date = nil
                    }
                    if date != nil || reference == nil, ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(unit) {
                        mentions.append(DateMention(
                            text: text.string(from: tokens[index - 2], to: tokens[index]), start: tokens[index - 2].start,
                            end: tokens[index].end, date: date, granularity: unit.hasPrefix("day") ? .day : unit.hasPrefix("week") ? .week : unit.hasPrefix("month") ? .month : .year,
                            isRelative: true))
                    }
                }
            default:
                break
            }

            // "in 2011", "since 1993": a year.
            if tokens[index].kind == .number, let year = Self.yearNumber(word),
               ["in", "since", "until", "by", "of", "from", "early", "late", "mid"].contains(previous) {
                mention(index, index, CalendarDay(year: year, month: 1, day: 1), .year, relative: false)
                continue
            }
            index += 1
        }
        return mentions.sorted { $0.start < $1.start }

        func direction(_ first: Int, _ last: Int) -> TemporalDirection {
            TemporalDirection.of(first: first, last: last, tokens: tokens, lower: lower)
        }
    }

    /// "March 3": the candidate in the year before, of or after the reference that the direction picks.
    private func resolve(month: Int, day: Int, direction: TemporalDirection) -> CalendarDay? {
        guard let reference else { return nil }
        let candidates = (reference.year - 1...reference.year + 1).compactMap { CalendarDay(year: $0, month: month, day: day) }
        return direction.choose(candidates.map { ($0, $0.dayNumber - reference.dayNumber) })
    }

    /// "in December": the first day of the month the direction picks ("in December" written in March, with no
    /// cue, is the December before).
    private func resolve(month: Int, direction: TemporalDirection) -> CalendarDay? {
        guard let reference else { return nil }
        let candidates = (reference.year - 1...reference.year + 1).compactMap { year in
            CalendarDay(year: year, month: month, day: 1).map { ($0, year * 12 + month - (reference.year * 12 + reference.month)) }
        }
        return direction.choose(candidates)
    }

    private func resolve(weekday: Int, modifier: String?, direction: TemporalDirection) -> CalendarDay? {
        guard let reference else { return nil }
        let back = (reference.weekday - weekday + 7) % 7
        switch modifier {
        case "next":
            let forward = (weekday - reference.weekday + 7) % 7
            return reference.adding(days: forward == 0 ? 7 : forward)
        case "last":
            return reference.adding(days: -(back == 0 ? 7 : back))
        case "this":
            return reference.adding(days: weekday - reference.weekday)
        default:
            // Wire copy names today by its weekday: forward includes the day itself, as backward does.
            if direction == .forward { return reference.adding(days: (weekday - reference.weekday + 7) % 7) }
            return reference.adding(days: -back)
        }
    }

    private func resolve(period: String, modifier: String) -> CalendarDay? {
        guard let reference else { return nil }
        let step = modifier == "next" ? 1 : modifier == "this" ? 0 : -1
        switch period {
        case "week":
            return reference.adding(days: -reference.weekday + 7 * step)
        case "month":
            let first = CalendarDay(year: reference.year, month: reference.month, day: 1)!
            return first.adding(months: step)
        default:
            return CalendarDay(year: reference.year + step, month: 1, day: 1)
        }
    }

    private static func granularity(_ word: String) -> DateMention.Granularity {
        word == "week" ? .week : word == "month" ? .month : .year
    }

    private static func dayNumber(_ text: String, _ token: Token) -> Int? {
        guard token.kind == .number else { return nil }
        let digits = text.prefix { $0.isNumber }
        let suffix = text.dropFirst(digits.count)
        guard digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(String(suffix)), let day = Int(digits),
              (1...31).contains(day)
        else { return nil }
        return day
    }

    private static func yearNumber(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1800...2200).contains(year) else { return nil }
        return year
    }
}
