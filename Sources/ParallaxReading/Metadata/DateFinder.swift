/// Finds a calendar date written in a line of text: `25th March 2011`, `Tuesday, March 22, 2011`,
/// `Mar. 22, 2011`, `22 Mar 2011 10:00 GMT`, `2011-03-22`.
///
/// Numeric forms such as `03/04/2011` are ambiguous between countries and are not read.
enum DateFinder {
    private static let monthNames: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        var names: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            names[name] = index + 1
            names[String(name.prefix(3))] = index + 1
        }
        names["sept"] = 9
        return names
    }()

    private struct Token {
        var text: Substring
        var isNumber: Bool
    }

    /// The first complete date in `text`, or nil.
    static func firstDate(in text: some StringProtocol) -> CalendarDay? {
        if let iso = firstISODate(in: text) { return iso }
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            guard let month = month(token) else { continue }
            // Month Day, Year
            if index + 2 < tokens.count, let day = dayNumber(tokens[index + 1]),
               let year = yearNumber(tokens[index + 2]), let date = CalendarDay(year: year, month: month, day: day) {
                return date
            }
            // Day Month Year
            if index >= 1, index + 1 < tokens.count, let day = dayNumber(tokens[index - 1]),
               let year = yearNumber(tokens[index + 1]), let date = CalendarDay(year: year, month: month, day: day) {
                return date
            }
        }
        return nil
    }

    private static func firstISODate(in text: some StringProtocol) -> CalendarDay? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) where TextBytes.isDigit(bytes[start]) {
            if start > 0, TextBytes.isDigit(bytes[start - 1]) { continue }
            let candidate = String(decoding: bytes[start..<(start + 10)], as: UTF8.self)
            if let date = CalendarDay(iso8601: candidate), start + 10 == bytes.count || !TextBytes.isDigit(bytes[start + 10]) {
                return date
            }
        }
        return nil
    }

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        var current = text.startIndex
        while current < text.endIndex {
            guard text[current].isLetter || text[current].isNumber else {
                current = text.index(after: current)
                continue
            }
            let start = current
            let isNumber = text[current].isNumber
            while current < text.endIndex, text[current].isLetter || text[current].isNumber {
                current = text.index(after: current)
            }
            tokens.append(Token(text: Substring(text[start..<current]), isNumber: isNumber))
        }
        return tokens
    }

    private static func month(_ token: Token) -> Int? {
        guard !token.isNumber, token.text.count >= 3 else { return nil }
        return monthNames[token.text.lowercased()]
    }

    /// "22", "25th", "1st".
    private static func dayNumber(_ token: Token) -> Int? {
        guard token.isNumber else { return nil }
        let digits = token.text.prefix { $0.isASCII && $0.isNumber }
        let suffix = token.text.dropFirst(digits.count).lowercased()
        guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(suffix),
              let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    private static func yearNumber(_ token: Token) -> Int? {
        guard token.isNumber, token.text.count == 4, let year = Int(token.text), (1800...2200).contains(year) else {
            return nil
        }
        return year
    }
}
