/// Finds figures: numbers in digits or words, with currency, scale ("million", "m", "bn", "Mio."), percent, a
/// qualifier before ("at least") and the words they count after ("civilians"), normalised to one value: "2m",
/// "2 million", "two million" and "2,000,000" are all 2,000,000, "$2.6-million" and "2.6 million dollars" are
/// 2,600,000 USD. Years, dates, times, phone numbers and numbers that are part of a name or a code
/// ("Resolution 1973", "Boeing 737", "AK-47", "G-20", "COVID-19") are not figures.
struct FigureExtractor {
    /// Whether the article's language writes a decimal comma and groups thousands with a stop ("1,2 Mio.",
    /// "1.500 Euro"): German, French, Spanish, Italian and most of continental Europe.
    var decimalComma = false

    init(language: String? = nil) {
        decimalComma = ["de", "fr", "es", "it", "nl", "pt", "pl", "da", "sv", "nb", "no", "fi", "cs", "ro", "tr", "ru"]
            .contains(language ?? "en")
    }

    /// A number as read, before unit and counted words.
    private struct Reading {
        var value: Double
        var precision: Double
        var first: Int
        var last: Int
        var isOrdinal = false
        var isDigits = true
        var digitsText = ""
    }

    func figures(in text: TextView, tokens: [Token], strings: TokenStrings, excluding dates: [DateMention]) -> [Figure] {
        // Which tokens start inside a date, marked in one walk of both in text order (looking each token up
        // among all the dates cost the square of a long article).
        let dateRanges = dates.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        var inDate = [Bool](repeating: false, count: tokens.count)
        var nextDate = 0, dateEnd = Int.min
        for (position, token) in tokens.enumerated() {
            while nextDate < dateRanges.count, dateRanges[nextDate].lowerBound <= token.start {
                dateEnd = max(dateEnd, dateRanges[nextDate].upperBound)
                nextDate += 1
            }
            inDate[position] = token.start < dateEnd
        }
        var figures: [Figure] = []
        var index = 0
        while index < tokens.count {
            if inDate[index] {
                index += 1
                continue
            }
            guard var reading = number(at: index, tokens, strings) else {
                index += 1
                continue
            }
            var unit: String?
            var first = reading.first
            if let (currency, start) = currencyBefore(first, tokens, strings) {
                unit = currency
                first = start
            }
            if !reading.isOrdinal {
                scale(&reading, tokens, strings, hasCurrency: unit != nil)
            }
            var last = reading.last
            if !reading.isOrdinal, let (percent, end) = percentAfter(last, tokens, strings) {
                unit = percent
                last = end
            } else if !reading.isOrdinal, unit == nil, let (currency, end) = currencyAfter(last, tokens, strings) {
                unit = currency
                last = end
            }
            var (qualifier, qualifierStart) = findQualifier(before: first, tokens, strings)
            // A year is a date, not a figure: "in 2011", "the 2011 budget", "the 2016 elections"; but "about 2000
            // people", "launched 2000 trips" and "less than 2000" are counts.
            if reading.isDigits, unit == nil, !reading.isOrdinal, reading.last == reading.first, !reading.digitsText.contains(","),
               !reading.digitsText.contains("."), reading.value >= 1800, reading.value <= 2100,
               !readsAsCount(first, last, qualifier: qualifier, tokens, strings) {
                index += 1
                continue
            }
            // "30 or so pastors": an approximation written after the number.
            if qualifier == nil, last + 2 < tokens.count, strings.lowercased[last + 1] == "or", strings.lowercased[last + 2] == "so" {
                qualifier = "or so"
                last += 2
            }
            var (counted, countedEnd) = unit == "percent" || unit == "percentage points"
                ? (nil, last) : countedWords(after: last, tokens, text, strings)
            // "15 to 20 people", "six or seven months": the first number counts what the second does.
            if counted == nil, unit == nil, !reading.isOrdinal {
                counted = countedAfterSecondNumber(last, tokens, text, strings)
            }
            let start = qualifierStart ?? first
            figures.append(Figure(
                text: text.string(from: tokens[start], to: tokens[countedEnd]), start: tokens[start].start,
                end: tokens[countedEnd].end, value: reading.value, unit: unit, counted: counted, qualifier: qualifier,
                isOrdinal: reading.isOrdinal, precision: reading.precision,
                preceding: preceding(start, countedEnd, counted: counted, tokens, strings),
                following: counted == nil && unit == nil ? following(countedEnd, tokens, strings) : nil))
            index = countedEnd + 1
        }
        return figures
    }

    // MARK: The number

    private func number(at index: Int, _ tokens: [Token], _ strings: TokenStrings) -> Reading? {
        let token = tokens[index]
        let word = strings.lowercased[index]
        if token.kind == .number {
            if isPartOfName(index, tokens, strings) || isTime(index, tokens, strings) || isCode(index, tokens, strings) {
                return nil
            }
            guard let (value, decimals, ordinal) = parse(word) else { return nil }
            let digits = String(word.prefix { $0.isNumber || $0 == "," || $0 == "." })
            let precision = decimals > 0 ? Self.power(-decimals) : Self.wholePrecision(value)
            return Reading(value: value, precision: precision, first: index, last: index, isOrdinal: ordinal, digitsText: digits)
        }
        guard token.kind == .word else { return nil }
        // "a dozen", "a million", "half a million".
        if word == "a" || word == "an", index + 1 < tokens.count {
            let next = strings.lowercased[index + 1]
            if next == "dozen" { return Reading(value: 12, precision: 2, first: index, last: index + 1, isDigits: false) }
            if let scale = FigureLexicon.scales[next], scale >= 100 {
                return Reading(value: 1, precision: 1, first: index, last: index, isDigits: false)
            }
            return nil
        }
        if word == "half", index + 2 < tokens.count, strings.lowercased[index + 1] == "a",
           FigureLexicon.scales[strings.lowercased[index + 2]] != nil {
            return Reading(value: 0.5, precision: 0.5, first: index, last: index + 1, isDigits: false)
        }
        if let rank = FigureLexicon.ordinalWords[word], index > 0, strings.lowercased[index - 1] == "the" {
            return Reading(value: rank, precision: 1, first: index, last: index, isOrdinal: true, isDigits: false)
        }
        if let value = Self.wordValue(word) {
            return Reading(value: value, precision: 1, first: index, last: index, isDigits: false)
        }
        // "one" only before a scale: "one million", not "one of them".
        if word == "one", index + 1 < tokens.count, FigureLexicon.scales[strings.lowercased[index + 1]] != nil {
            return Reading(value: 1, precision: 1, first: index, last: index, isDigits: false)
        }
        return nil
    }

    /// "nine" → 9; "twenty-five" → 25.
    static func wordValue(_ word: String) -> Double? {
        if let value = FigureLexicon.wordNumbers[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = FigureLexicon.wordNumbers[String(parts[0])], tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0,
              let unit = FigureLexicon.units[String(parts[1])] else { return nil }
        return tens + unit
    }

    /// "1,000" → 1000; "3.5" → 3.5; "25th" → (25, ordinal). In English copy commas group thousands and a comma
    /// followed by other than three digits is a decimal comma; in decimal-comma languages the roles swap.
    func parse(_ text: String) -> (value: Double, decimals: Int, ordinal: Bool)? {
        let digits = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        let isOrdinal = ["st", "nd", "rd", "th"].contains(String(text.dropFirst(digits.count)))
        let (grouping, decimal): (Character, Character) = decimalComma ? (".", ",") : (",", ".")
        let groups = digits.split(separator: grouping, omittingEmptySubsequences: false)
        let grouped = groups.count > 1 && groups.dropFirst().allSatisfy { group in
            group.prefix { $0 != decimal }.count == 3
        }
        var plain = grouped ? groups.joined() : String(digits)
        if !grouped, groups.count > 1 {
            // Not thousands groups: the separator is a decimal point ("1,2" in English copy, "3.5" in German).
            plain = String(digits).replacingOccurrences(of: String(grouping), with: ".")
        } else {
            plain = plain.replacingOccurrences(of: String(decimal), with: ".")
        }
        guard let value = Double(plain) else { return nil }
        let decimals = plain.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return (value, decimals, isOrdinal)
    }

    /// How finely a whole number is written: 37 → 1, 1,500 → 100; a round number is taken to have at least two
    /// significant digits (200 → 10, 2,000,000 → 100,000), since "200" may be exact.
    static func wholePrecision(_ value: Double) -> Double {
        var step = 1.0
        while value >= step * 100, (value / (step * 10)).rounded() == value / (step * 10) { step *= 10 }
        return step
    }

    static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// Scale words after the number, one or more: "2.6 million", "2.6-million", "2m", "£2.6bn", "1,2 Mio.",
    /// "two hundred thousand". The precision scales with them: "2.6 million" is to the 100,000.
    private func scale(_ reading: inout Reading, _ tokens: [Token], _ strings: TokenStrings, hasCurrency: Bool) {
        while reading.last + 1 < tokens.count {
            var next = reading.last + 1
            // "$2.6-million": a hyphen joined to both.
            if strings.original[next] == "-", next + 1 < tokens.count, tokens[next].start == tokens[reading.last].end,
               tokens[next + 1].start == tokens[next].end, FigureLexicon.scales[strings.lowercased[next + 1]] != nil {
                next += 1
            }
            let word = strings.lowercased[next].hasSuffix(".") ? String(strings.lowercased[next].dropLast()) : strings.lowercased[next]
            let adjacent = tokens[next].start == tokens[next - 1].end
            var factor = FigureLexicon.scales[word]
            if factor == nil, adjacent, reading.isDigits, let letter = FigureLexicon.scaleLetters[word] {
                // "£2m" and "2m people" are millions; "100m sprint" and "2m tall" are metres.
                let after = next + 1 < tokens.count ? strings.lowercased[next + 1] : ""
                let isMoney = hasCurrency || FigureLexicon.currencyWords[after] != nil
                let countsThings = after.first?.isLetter == true && !FigureLexicon.measureWords.contains(after)
                if isMoney || word == "k" || word == "m" && countsThings { factor = letter }
            }
            guard let factor else { return }
            // "hundred" scales only what is below a hundred: "two hundred", not "1,000 hundred".
            if factor == 100, reading.value >= 100 { return }
            reading.value *= factor
            reading.precision *= factor
            reading.last = next
            reading.isDigits = false
            // "1,2 Mio. Euro": the abbreviation's stop belongs to it.
            if ["mio", "mrd", "tsd", "mln", "bln"].contains(word), next + 1 < tokens.count, strings.original[next + 1] == ".",
               tokens[next + 1].start == tokens[next].end {
                reading.last = next + 1
            }
        }
    }

    // MARK: Unit

    private func currencyBefore(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> (String, Int)? {
        guard index > 0 else { return nil }
        if let currency = FigureLexicon.currencySymbols[strings.original[index - 1]] {
            // "US$", "C$", "A$": the letters joined to the symbol belong to it.
            if index > 1, tokens[index - 2].kind == .word, tokens[index - 2].end == tokens[index - 1].start,
               strings.original[index - 2].count <= 2, strings.original[index - 2].uppercased() == strings.original[index - 2] {
                return (currency, index - 2)
            }
            return (currency, index - 1)
        }
        if let currency = FigureLexicon.currencyCodes[strings.lowercased[index - 1]], strings.original[index - 1].uppercased() == strings.original[index - 1] {
            return (currency, index - 1)
        }
        return nil
    }

    private func currencyAfter(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> (String, Int)? {
        guard index + 1 < tokens.count else { return nil }
        let next = strings.lowercased[index + 1]
        if let currency = FigureLexicon.currencySymbols[next] { return (currency, index + 1) }
        // "2 million US dollars", "2,5 millions de dollars".
        if (next == "us" || next == "u.s." || next == "de"), index + 2 < tokens.count,
           let currency = FigureLexicon.currencyWords[(next == "de" ? "de " : "") + strings.lowercased[index + 2]] ?? (next == "de" ? nil : FigureLexicon.currencyWords[strings.lowercased[index + 2]]) {
            return (currency, index + 2)
        }
        if let currency = FigureLexicon.currencyWords[next] { return (currency, index + 1) }
        return nil
    }

    private func percentAfter(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> (String, Int)? {
        guard index + 1 < tokens.count else { return nil }
        let next = strings.lowercased[index + 1]
        let second = index + 2 < tokens.count ? strings.lowercased[index + 2] : ""
        if next == "percentage" || next == "per" && second == "centage" {
            if index + 2 < tokens.count, second.hasPrefix("point") { return ("percentage points", index + 2) }
            return nil
        }
        if next == "%" || next == "percent" || next == "prozent" || next == "pc" && tokens[index + 1].start == tokens[index].end {
            return ("percent", index + 1)
        }
        if (next == "per" || next == "pour" || next == "por") && (second == "cent" || second == "ciento") {
            return ("percent", index + 2)
        }
        return nil
    }

    // MARK: Not figures

    /// "Resolution 1973", "Boeing 737", "Flight 17": a capitalised word before the number names what it belongs
    /// to, unless the word opens the sentence or is a qualifier ("About 50", "Some 200"), or a unit follows.
    private func isPartOfName(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, !tokens[index].startsParagraph else { return false }
        let previous = strings.original[index - 1]
        guard previous.first?.isUppercase == true else { return false }
        if ["No.", "Nos.", "Number"].contains(previous) { return false }
        // A unit after the number makes it an amount whatever comes before: "Obama 46 percent".
        if index + 1 < tokens.count {
            let next = strings.lowercased[index + 1]
            if ["%", "percent", "per", "prozent", "pour"].contains(next) || FigureLexicon.scales[next] != nil { return false }
        }
        if FigureLexicon.qualifiers.contains(where: { $0.split(separator: " ").last.map(String.init) == previous.lowercased() }) {
            return false
        }
        if FigureLexicon.currencyCodes[previous.lowercased()] != nil { return false }
        let opensSentence = index - 1 == 0 || tokens[index - 1].startsParagraph
            || [".", "!", "?", "\"", "“", "”", ":", "—", "("].contains(strings.original[index - 2])
        return !opensSentence
    }

    private func isTime(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> Bool {
        index + 1 < tokens.count && strings.original[index + 1] == ":"
            || index > 0 && strings.original[index - 1] == ":" && tokens[index - 1].end == tokens[index].start
    }

    /// A number joined by a hyphen to a word or number ("AK-47", "COVID-19", "G-20", "555-1234", "5-4"), after a
    /// "+" or beside another number ("+44 20 7946 0000"), inside an area code ("(202) 456-1111"), or a decade
    /// ("1990s").
    private func isCode(_ index: Int, _ tokens: [Token], _ strings: TokenStrings) -> Bool {
        func joined(_ a: Int, _ b: Int) -> Bool { a >= 0 && b < tokens.count && tokens[a].end == tokens[b].start }
        let hyphens: Set<String> = ["-", "‐", "‑", "–", "/"]
        if index >= 2, hyphens.contains(strings.original[index - 1]), joined(index - 1, index), joined(index - 2, index - 1),
           tokens[index - 2].kind == .word || tokens[index - 2].kind == .number {
            return true
        }
        if index + 2 < tokens.count, hyphens.contains(strings.original[index + 1]), joined(index, index + 1),
           joined(index + 1, index + 2), tokens[index + 2].kind == .number {
            return true
        }
        if index > 0, strings.original[index - 1] == "+", joined(index - 1, index) { return true }
        // Groups of digits in a row: "+44 20 7946 0000".
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].startsParagraph { return true }
        if index > 0, tokens[index - 1].kind == .number, !tokens[index].startsParagraph { return true }
        if index > 0, strings.original[index - 1] == "(", index + 2 < tokens.count, strings.original[index + 1] == ")",
           tokens[index + 2].kind == .number {
            return true
        }
        if index + 1 < tokens.count, joined(index, index + 1), strings.lowercased[index + 1] == "s" { return true }
        return false
    }

    // MARK: Around the number

    /// The word before a figure; for a bare number set off by commas after a name ("Brian Nichols, 36, was"),
    /// "aged": news gives ages so.
    private func preceding(_ start: Int, _ end: Int, counted: String?, _ tokens: [Token], _ strings: TokenStrings) -> String? {
        guard start > 0 else { return nil }
        // "an audience of 2.5 million", "a list of 10": the noun the number measures.
        if counted == nil, start >= 2, strings.lowercased[start - 1] == "of", tokens[start - 2].kind == .word {
            let noun = strings.lowercased[start - 2]
            if !NameLexicon.functionWords.contains(noun), Self.wordValue(noun) == nil { return noun }
        }
        if tokens[start - 1].kind == .word { return strings.lowercased[start - 1] }
        if counted == nil, start >= 2, strings.original[start - 1] == ",", tokens[start - 2].kind == .word,
           strings.original[start - 2].first?.isUppercase == true, end + 1 < tokens.count, [",", "."].contains(strings.original[end + 1]) {
            return "aged"
        }
        return nil
    }

    /// The first content word within three words after a bare number, in the same clause: "deported" in "77
    /// have been deported", "air" in "the 3 are on air". Another number ends the search.
    private func following(_ end: Int, _ tokens: [Token], _ strings: TokenStrings) -> String? {
        var index = end + 1
        while index < tokens.count, index <= end + 3, tokens[index].kind == .word, !tokens[index].startsParagraph {
            let word = strings.lowercased[index]
            if Self.wordValue(word) != nil { return nil }
            if !NameLexicon.functionWords.contains(word), !StopWords.shipped.contains(word, language: "en") { return word }
            index += 1
        }
        return nil
    }

    /// What the second number of a range or an alternative counts, for the first: "15 to 20 people", "six or
    /// seven months", "between 15 and 20 people", "15-20 people".
    private func countedAfterSecondNumber(_ last: Int, _ tokens: [Token], _ text: TextView, _ strings: TokenStrings) -> String? {
        guard last + 2 < tokens.count, ["to", "or", "and", "-", "–"].contains(strings.lowercased[last + 1]) else { return nil }
        var index = last + 2
        // The second number, in digits or in words ("twenty", "forty - eight"), and its scale.
        while index < tokens.count, index <= last + 5,
              tokens[index].kind == .number || Self.wordValue(strings.lowercased[index]) != nil
                || FigureLexicon.scales[strings.lowercased[index]] != nil || (index > last + 2 && strings.original[index] == "-") {
            index += 1
        }
        guard index > last + 2 else { return nil }
        return countedWords(after: index - 1, tokens, text, strings).0
    }

    private func isPluralNoun(after index: Int, _ tokens: [Token], _ strings: TokenStrings) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let word = strings.original[index + 1]
        return word.first?.isLowercase == true && (word.hasSuffix("s") || word == "people")
    }

    /// Whether a number that could be a year counts something: after a comparison ("less than 2000"), or
    /// before a plural noun after a qualifier ("about 2000 people") or a word that does not lead to a year
    /// ("launched 2000 trips", not "the 2016 elections" or "in 2000 protests").
    private func readsAsCount(_ first: Int, _ last: Int, qualifier: String?, _ tokens: [Token], _ strings: TokenStrings) -> Bool {
        if let qualifier, FigureLexicon.comparisons.contains(qualifier) { return true }
        guard isPluralNoun(after: last, tokens, strings) else { return false }
        if qualifier != nil { return true }
        guard first > 0, tokens[first - 1].kind == .word else { return false }
        return !FigureLexicon.beforeYears.contains(strings.lowercased[first - 1])
    }

    private func findQualifier(before index: Int, _ tokens: [Token], _ strings: TokenStrings) -> (String?, Int?) {
        for qualifier in FigureLexicon.qualifiers {
            let words = qualifier.split(separator: " ")
            guard index >= words.count else { continue }
            let start = index - words.count
            let matches = words.indices.allSatisfy { strings.lowercased[start + $0] == words[$0] }
            if matches { return (qualifier, start) }
        }
        return (nil, nil)
    }

    /// Up to three content words after the number: "Tomahawk missiles", "civilians", "day"; a compound joined by
    /// hyphens ("32-year-old", "32 - year - old" in copy tokenised with spaces) is one word; after "of" and a
    /// determiner, the words of the whole: "two of his supporters" counts supporters.
    private func countedWords(after index: Int, _ tokens: [Token], _ text: TextView, _ strings: TokenStrings) -> (String?, Int) {
        var last = index
        var words: [String] = []
        if last + 2 < tokens.count, strings.lowercased[last + 1] == "of", tokens[last + 2].kind == .word {
            var next = last + 2
            if Self.determiners.contains(strings.lowercased[next]), next + 1 < tokens.count, tokens[next + 1].kind == .word { next += 1 }
            let word = strings.lowercased[next]
            if !NameLexicon.functionWords.contains(word), Self.wordValue(word) == nil, word != "past", word != "next", word != "first", word != "last" {
                last = next - 1
            }
        }
        // "4 other workers", "3 more people": what is counted comes after.
        if last + 2 < tokens.count, ["other", "more", "additional", "further"].contains(strings.lowercased[last + 1]),
           tokens[last + 2].kind == .word, !NameLexicon.functionWords.contains(strings.lowercased[last + 2]) {
            last += 1
        }
        while last + 1 < tokens.count, words.count < 3, !tokens[last + 1].startsParagraph {
            // "-year-old": hyphens join the words of a compound.
            if strings.original[last + 1] == "-", last + 2 < tokens.count, tokens[last + 2].kind == .word {
                let word = strings.original[last + 2]
                if words.isEmpty { words.append(word) } else { words[words.count - 1] += "-" + word }
                last += 2
                if last + 1 < tokens.count, strings.original[last + 1] == "-" { continue }
                break
            }
            guard tokens[last + 1].kind == .word else { break }
            let word = strings.original[last + 1]
            let lower = strings.lowercased[last + 1]
            // Function words end the phrase; the stop-word lists are too broad here ("sides", "people").
            // So do other numbers: "six of the past seven contests" is two figures.
            if NameLexicon.functionWords.contains(lower) || FigureLexicon.scales[lower] != nil || Self.wordValue(lower) != nil { break }
            words.append(word)
            last += 1
            // A plural noun ends the phrase: "civilians were killed".
            if word.hasSuffix("s"), word.first?.isLowercase == true { break }
        }
        return (words.isEmpty ? nil : words.joined(separator: " "), last)
    }

    private static let determiners: Set<String> = ["the", "his", "her", "their", "its", "our", "your", "my", "these", "those"]
}
