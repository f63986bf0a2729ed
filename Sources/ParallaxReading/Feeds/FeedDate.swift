import Foundation

/// The date forms feeds use, read as UTC instants: RFC 822/1123 (`Tue, 22 Mar 2011 14:05:00 GMT`, named or
/// numeric zones, two-digit years, day name optional) and ISO 8601/W3C (`2011-03-22`, `2011-03-22T14:05Z`,
/// `2011-03-22T14:05:00.5+01:00`, `20110322T140500Z`). A date without a zone is taken as UTC.
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.unicodeScalars.first else { return nil }
        return CharacterSet.decimalDigits.contains(first) && trimmed.count >= 4 && trimmed.prefix(4).allSatisfy(\.isNumber)
            ? iso8601(trimmed) ?? rfc822(trimmed)
            : rfc822(trimmed)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Hours east of UTC of the zone names RFC 822 and common feeds use.
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "ist": 5, "jst": 9, "aest": 10,
    ]

    static func rfc822(_ text: String) -> Date? {
        // "Tue, 22 Mar 2011 14:05:00 +0100", "22 March 11 14:05 EST", "Tue Mar 22 2011 14:05:00 GMT"
        let tokens = text.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
        var day: Int?, month: Int?, year: Int?
        var clock: [Int] = []
        var offsetMinutes = 0
        for token in tokens {
            if token.contains(":") {
                clock = token.split(separator: ":").prefix(3).compactMap { Int($0) }
            } else if let first = token.first, first == "+" || first == "-", token.count == 5, let value = Int(token.dropFirst()) {
                offsetMinutes = (first == "-" ? -1 : 1) * (value / 100 * 60 + value % 100)
            } else if let zone = zones[token] {
                offsetMinutes = zone * 60
            } else if token.first?.isLetter == true {
                if month == nil, let index = months.firstIndex(where: { token.hasPrefix($0) }) { month = index + 1 }
            } else if let number = Int(token) {
                if token.count == 4 || day != nil { year = year ?? number } else { day = number }
            }
        }
        guard let day, let month, var year else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        return date(year: year, month: month, day: day, hour: clock.first ?? 0, minute: clock.dropFirst().first ?? 0,
                    second: Double(clock.dropFirst(2).first ?? 0), offsetMinutes: offsetMinutes)
    }

    static func iso8601(_ text: String) -> Date? {
        var rest = Substring(text)
        func number(_ digits: Int) -> Int? {
            guard rest.count >= digits, rest.prefix(digits).allSatisfy(\.isASCII), let value = Int(rest.prefix(digits)) else { return nil }
            rest = rest.dropFirst(digits)
            return value
        }
        func skip(_ character: Character) { if rest.first == character { rest = rest.dropFirst() } }
        guard let year = number(4) else { return nil }
        skip("-")
        let month = number(2) ?? 1
        skip("-")
        let day = number(2) ?? 1
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if rest.first == "T" || rest.first == "t" || rest.first == " " {
            rest = rest.dropFirst()
            hour = number(2) ?? 0
            skip(":")
            minute = number(2) ?? 0
            skip(":")
            second = Double(number(2) ?? 0)
            if rest.first == "." || rest.first == "," {
                rest = rest.dropFirst()
                let fraction = rest.prefix { $0.isNumber }
                second += Double("0." + fraction) ?? 0
                rest = rest.dropFirst(fraction.count)
            }
            rest = rest.drop { $0 == " " }
            if let sign = rest.first, sign == "+" || sign == "-" {
                rest = rest.dropFirst()
                let hours = number(2) ?? 0
                skip(":")
                let minutes = number(2) ?? 0
                offset = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
            } else if rest.first == "Z" || rest.first == "z" {
                rest = rest.dropFirst()
            }
        }
        guard rest.allSatisfy(\.isWhitespace) else { return nil }
        return date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offsetMinutes: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              (0..<61).contains(second), (1...9999).contains(year)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: Int(second))
        guard let local = utc.date(from: components), utc.component(.day, from: local) == day else { return nil }
        return local.addingTimeInterval(second - Double(Int(second)) - Double(offsetMinutes * 60))
    }
}
