/// Finds figures: numbers in digits or words, with currency, scale ("million"), percent, a qualifier before
/// ("at least") and the words they count after ("civilians"). Years, dates, times and numbers that are part
/// of a name ("Resolution 1973", "Flight 17") are not figures.
struct FigureExtractor {
    private static let wordNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    private static let ordinalWords: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000,
    ]
    private static let currencies: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
    private static let qualifiers = [
        "at least", "more than", "fewer than", "less than", "at most", "up to", "as many as", "some", "about",
        "around", "nearly", "almost", "over", "roughly", "approximately", "an estimated", "only", "just",
    ]

    func figures(in text: TextView, tokens: [Token], strings: TokenStrings, excluding dates: [DateMention]) -> [Figure] {
        let dateRanges = dates.map { $0.start..<$0.end }
        var figures: [Figure] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let word = strings.lowercased[index]
            var value: Double?
            var ordinal = false
            if token.kind == .number {
                if dateRanges.contains(where: { $0.contains(token.start) }) || isPartOfName(index, tokens, text)
                    || isTime(index, tokens, text) {
                    index += 1
                    continue
                }
                (value, ordinal) = Self.parse(word)
            } else if token.kind == .word {
                if let number = Self.wordNumbers[word] { value = number }
                    if let rank = Self.ordinalWords[word], index > 0, strings.lowercased[index - 1] == "the" {
                    value = rank
                    ordinal = true
                }
            }
            guard var amount = value else {
                index += 1
                continue
            }
            var first = index
            var last = index
            var unit: String?
            if index > 0, let currency = Self.currencies[text.string(tokens[index - 1])] {
                unit = currency
                first = index - 1
            }
            if last + 1 < tokens.count, let scale = Self.scales[text.string(tokens[last + 1]).lowercased()] {
                amount *= scale
                last += 1
            }
            if last + 1 < tokens.count {
                let next = text.string(tokens[last + 1]).lowercased()
                if next == "%" || next == "percent" {
                    unit = "percent"
                    last += 1
                } else if next == "per", last + 2 < tokens.count, text.string(tokens[last + 2]).lowercased() == "cent" {
                    unit = "percent"
                    last += 2
                }
            }
            // A bare year is a date, not a figure.
            if token.kind == .number, unit == nil, amount >= 1800, amount <= 2100, !word.contains(","), !ordinal,
               last == index {
                index += 1
                continue
            }
            let (qualifier, qualifierStart) = findQualifier(before: first, tokens, text)
            let (counted, countedEnd) = unit == "percent" ? (nil, last) : countedWords(after: last, tokens, text)
            let start = qualifierStart ?? first
            let end = countedEnd
            figures.append(Figure(
                text: text.string(from: tokens[start], to: tokens[end]), start: tokens[start].start, end: tokens[end].end,
                value: amount, unit: unit, counted: counted, qualifier: qualifier, isOrdinal: ordinal))
            index = end + 1
        }
        return figures
    }

    /// "1,000" → 1000; "3.5" → 3.5; "25th" → (25, ordinal).
    static func parse(_ text: String) -> (Double?, Bool) {
        let digits = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        let suffix = text.dropFirst(digits.count)
        let isOrdinal = ["st", "nd", "rd", "th"].contains(String(suffix))
        // Commas group thousands in English copy; a comma followed by other than three digits is a decimal comma.
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        let plain = groups.dropFirst().allSatisfy({ $0.count == 3 || $0.contains(".") && $0.prefix(3).count == 3 })
            ? digits.replacingCommas(with: "") : digits.replacingCommas(with: ".")
        return (Double(plain), isOrdinal)
    }

    private func isPartOfName(_ index: Int, _ tokens: [Token], _ text: TextView) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, !tokens[index].startsParagraph else { return false }
        let previous = text.string(tokens[index - 1])
        guard previous.first?.isUppercase == true else { return false }
        // "Resolution 1973" is a name; "March 22" is handled as a date and "No. 5" as a rank.
        return !["No.", "Nos.", "Number"].contains(previous)
    }

    private func isTime(_ index: Int, _ tokens: [Token], _ text: TextView) -> Bool {
        index + 1 < tokens.count && text.string(tokens[index + 1]) == ":"
            || index > 0 && text.string(tokens[index - 1]) == ":"
    }

    private func findQualifier(before index: Int, _ tokens: [Token], _ text: TextView) -> (String?, Int?) {
        for qualifier in Self.qualifiers {
            let words = qualifier.split(separator: " ")
            guard index >= words.count else { continue }
            let start = index - words.count
            let matches = words.indices.allSatisfy { text.string(tokens[start + $0]).lowercased() == words[$0] }
            if matches { return (qualifier, start) }
        }
        return (nil, nil)
    }

    /// Up to three content words after the number: "Tomahawk missiles", "civilians", "day".
    private func countedWords(after index: Int, _ tokens: [Token], _ text: TextView) -> (String?, Int) {
        var last = index
        var words: [String] = []
        while last + 1 < tokens.count, words.count < 3, tokens[last + 1].kind == .word, !tokens[last + 1].startsParagraph {
            let word = text.string(tokens[last + 1])
            // Function words end the phrase; the stop-word lists are too broad here ("sides", "people").
            if NameLexicon.functionWords.contains(word.lowercased()) || FigureExtractor.scales[word.lowercased()] != nil { break }
            words.append(word)
            last += 1
            // A plural noun ends the phrase: "civilians were killed".
            if word.hasSuffix("s"), word.first?.isLowercase == true { break }
        }
        return (words.isEmpty ? nil : words.joined(separator: " "), last)
    }
}

extension Substring {
    func replacingCommas(with replacement: String) -> String {
        split(separator: ",", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
