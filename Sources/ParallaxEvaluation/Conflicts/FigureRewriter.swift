import Foundation

/// Writes the figures of a text in other forms that outlets use for the same value: "2 million" → "2m" or
/// "two million" or "2,000,000"; "45%" → "45 percent" or "45 per cent"; "$3.5 billion" → "3.5 billion dollars",
/// "$3.5bn" or "$3.5-billion"; "nine" ↔ "9"; "1,500" → "1500". It can also change one figure's value.
///
/// It finds figures with its own patterns, not with the Analysis stage's extractor: a test set made by the
/// extractor would only test the extractor against itself. Numbers that are names, dates, times, ordinals or
/// parts of codes ("Boeing 737", "March 22", "10:30", "25th", "AK-47", "555-1234") are left as written.
public struct FigureRewriter {
    /// One figure as found: its place in the text (in Unicode scalars) and what it says.
    public struct Mention: Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        /// The number as written, before any scale: 3.5 in "$3.5 billion", 9 in "nine".
        public var number: Double
        /// Digits after the decimal point as written.
        public var decimals: Int
        /// 1_000_000 for "million", "m"; 1 without a scale.
        public var scale: Double
        /// "USD", "EUR", "GBP" or nil.
        public var currency: String?
        public var isPercent: Bool

        public var value: Double { number * scale }
    }

    private static let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                "eighteen", "nineteen"]
    private static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let scaleWords: [String: Double] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "m": 1_000_000, "bn": 1_000_000_000,
    ]

    private let pattern: Regex<AnyRegexOutput>

    public init() {
        let words = (Self.units.dropFirst() + Self.teens + Self.tens).joined(separator: "|")
        let compound = "(?:\(Self.tens.joined(separator: "|")))-(?:\(Self.units.joined(separator: "|")))"
        let source = #"(?<currency>US\$|\$|€|£)?"#
            + #"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"# + compound + "|" + words + ")"
            + #"(?<scale>[ -](?:thousand|million|billion|trillion)|(?:bn|m)(?![A-Za-z]))?"#
            + #"(?<percent>%| percent| per cent)?"#
            + #"(?<currencyWord> (?:dollars|euros|pounds))?"#
        // swiftlint:disable:next force_try
        pattern = try! Regex(source).ignoresCase()
    }

    /// The figures of a text that have another form, in order.
    public func mentions(in text: String) -> [Mention] {
        var found: [Mention] = []
        for match in text.matches(of: pattern) {
            guard let mention = mention(match, in: text) else { continue }
            found.append(mention)
        }
        return found
    }

    private func mention(_ match: Regex<AnyRegexOutput>.Match, in text: String) -> Mention? {
        let range = match.range
        let written = String(text[range])
        guard let numberText = match["number"]?.substring.map(String.init) else { return nil }
        let before = text[..<range.lowerBound], after = text[range.upperBound...]
        // Inside a word, a code or a longer number: "AK-47", "G-20", "3/22", "0.5" already consumed, "v2".
        if let previous = before.last, previous.isLetter || previous.isNumber || "-–/:.,_#@+".contains(previous) { return nil }
        if let next = after.first, next.isLetter || next.isNumber { return nil }
        if after.hasPrefix("-") || after.hasPrefix(":") || after.hasPrefix("/") { return nil }
        // "four years ago" is a date.
        if after.prefixMatch(of: /^[ -](?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|later|before|after)\b/.ignoresCase()) != nil { return nil }
        // "14, 000" (copy tokenised with spaces) is one number, and "4 p.m." a time.
        if after.prefixMatch(of: /^ ?[.,:] ?\d/) != nil || after.prefixMatch(of: /^ ?(?:[ap]\. ?m\.|[ap]m\b)/.ignoresCase()) != nil { return nil }
        if before.hasSuffix(": ") || before.hasSuffix(" :") { return nil }
        // The rest of a number split by the copy's spacing ("120, 000"), and records or ranges ("53 - 3").
        if numberText.hasPrefix("0") && numberText.count > 1 && !numberText.hasPrefix("0.") { return nil }
        if after.prefixMatch(of: /^ [-–] ?\w/) != nil || before.hasSuffix(" - ") || before.hasSuffix(" – ") { return nil }
        let previousWord = String((before.split(whereSeparator: { $0 == " " }).last ?? "").reversed().prefix { $0.isLetter || $0 == "." }.reversed())
        let nextWord = after.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).first.map(String.init) ?? ""
        if Self.months.contains(previousWord.lowercased().trimmingCharacters(in: .punctuationCharacters))
            || Self.months.contains(nextWord.lowercased()) { return nil }
        // A capitalised word not opening a sentence names what the number belongs to: "Boeing 737", "Flight 17".
        if let first = previousWord.first, first.isUppercase, !previousWord.hasSuffix("."), !previousWord.hasSuffix(":") {
            let earlier = before.dropLast(previousWord.count + 1).last
            if earlier != nil && !".!?\"“”\n".contains(earlier!) { return nil }
        }
        // A long run of digits is an identifier (a post's ID, an account number), not an amount.
        if numberText.count > 9, !numberText.contains(",") { return nil }
        guard let (number, decimals) = Self.parse(numberText) else { return nil }
        let scaleText = match["scale"]?.substring.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -")).lowercased() }
        let symbol = match["currency"]?.substring.map(String.init)
        let currencyWord = match["currencyWord"]?.substring.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let isPercent = match["percent"]?.substring != nil
        // "100m" without a currency is as often metres as millions.
        if scaleText == "m", symbol == nil { return nil }
        if currencyWord != nil && (symbol != nil || isPercent) { return nil }
        let currency = symbol.map { ["$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"][$0.uppercased()] ?? "USD" }
            ?? currencyWord.map { ["dollars": "USD", "euros": "EUR", "pounds": "GBP"][$0]! }
        let scale = scaleText.flatMap { Self.scaleWords[$0] } ?? 1
        // A year or a plain number standing alone is left: "in 2011".
        if scale == 1, currency == nil, !isPercent, decimals == 0, !numberText.contains(","), number >= 1800, number <= 2100 {
            return nil
        }
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return Mention(text: written, start: start, end: start + written.unicodeScalars.count, number: number,
                       decimals: decimals, scale: scale, currency: currency, isPercent: isPercent)
    }

    /// "1,500.5" → (1500.5, 1); "nine" → (9, 0); "twenty-five" → (25, 0).
    static func parse(_ text: String) -> (Double, Int)? {
        let lower = text.lowercased()
        if let index = units.firstIndex(of: lower) { return (Double(index + 1), 0) }
        if let index = teens.firstIndex(of: lower) { return (Double(index + 10), 0) }
        if let index = tens.firstIndex(of: lower) { return (Double((index + 2) * 10), 0) }
        let parts = lower.split(separator: "-")
        if parts.count == 2, let ten = tens.firstIndex(of: String(parts[0])), let unit = units.firstIndex(of: String(parts[1])) {
            return (Double((ten + 2) * 10 + unit + 1), 0)
        }
        let digits = lower.replacingOccurrences(of: ",", with: "")
        guard let value = Double(digits) else { return nil }
        let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
        return (value, decimals)
    }

    // MARK: Writing

    /// The figure written in another form than `mention.text`, with `number` in place of the number written
    /// (to change the value) or the same. `choice` picks among the forms that apply.
    public func rewrite(_ mention: Mention, number: Double? = nil, choice: Int) -> String {
        // The forms of the value as written tell which form the original took; a changed value takes another.
        let original = forms(mention, number: mention.number).first { $0.text.lowercased() == mention.text.lowercased() }?.style
        let forms = self.forms(mention, number: number ?? mention.number)
        let others = forms.filter { $0.style != original && $0.text.lowercased() != mention.text.lowercased() }
        guard !others.isEmpty else { return forms[0].text }
        return others[abs(choice) % others.count].text
    }

    /// Every form this figure may take. Forms from house styles outlets use: AP and Reuters ("$3.5 billion",
    /// "45 percent", "nine", "1,500"), The Guardian and the BBC ("£2.6bn", "2m people", "45%", "45 per cent"),
    /// AFP ("3.5 billion dollars"), The Globe and Mail ("$3.5-billion"), Chicago style (whole numbers to one
    /// hundred in words: "thirty-seven"), and copy without thousands separators ("1500").
    func forms(_ mention: Mention, number: Double) -> [(style: String, text: String)] {
        let plain = Self.digits(number, decimals: mention.decimals, grouped: true)
        let symbol = ["USD": "$", "EUR": "€", "GBP": "£"][mention.currency ?? ""]
        let currencyWord = ["USD": "dollars", "EUR": "euros", "GBP": "pounds"][mention.currency ?? ""]
        let scaleWord = [1_000.0: "thousand", 1_000_000: "million", 1_000_000_000: "billion", 1_000_000_000_000: "trillion"][mention.scale]
        let scaleAbbreviation = [1_000_000.0: "m", 1_000_000_000: "bn"][mention.scale]
        if mention.isPercent {
            return [("%", "\(plain)%"), ("percent", "\(plain) percent"), ("per cent", "\(plain) per cent")]
        }
        if let symbol, let currencyWord {
            if let scaleWord {
                var forms = [("symbol", "\(symbol)\(plain) \(scaleWord)"), ("word", "\(plain) \(scaleWord) \(currencyWord)"),
                             ("hyphen", "\(symbol)\(plain)-\(scaleWord)")]
                if let scaleAbbreviation { forms.append(("abbreviation", "\(symbol)\(plain)\(scaleAbbreviation)")) }
                return forms
            }
            return [("symbol", "\(symbol)\(plain)"), ("word", "\(plain) \(currencyWord)")]
        }
        if let scaleWord {
            var forms = [("scale", "\(plain) \(scaleWord)")]
            if let scaleAbbreviation { forms.append(("abbreviation", "\(plain)\(scaleAbbreviation)")) }
            if mention.decimals == 0, let words = Self.words(number) { forms.append(("words", "\(words) \(scaleWord)")) }
            if mention.scale <= 1_000_000_000 {
                forms.append(("digits", Self.digits(number * mention.scale, decimals: 0, grouped: true)))
            }
            return forms
        }
        if mention.decimals == 0, let words = Self.words(number) {
            return [("digits", Self.digits(number, decimals: 0, grouped: true)), ("words", words)]
        }
        if number >= 1_000, mention.decimals == 0 {
            return [("grouped", Self.digits(number, decimals: 0, grouped: true)), ("ungrouped", Self.digits(number, decimals: 0, grouped: false))]
        }
        return [("digits", plain)]
    }

    /// 37 → "thirty-seven"; nil beyond ninety-nine or for fractions.
    static func words(_ number: Double) -> String? {
        guard number == number.rounded(), number >= 2, number <= 99 else { return nil }
        let value = Int(number)
        if value < 10 { return units[value - 1] }
        if value < 20 { return teens[value - 10] }
        let ten = tens[value / 10 - 2]
        return value % 10 == 0 ? ten : "\(ten)-\(units[value % 10 - 1])"
    }

    static func digits(_ number: Double, decimals: Int, grouped: Bool) -> String {
        let text = String(format: "%.\(decimals)f", number)
        guard grouped else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }
}
