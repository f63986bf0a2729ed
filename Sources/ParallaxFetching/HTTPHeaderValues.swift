import Foundation

/// The few header values the fetcher reads: dates, `Cache-Control`, `Retry-After`.
enum HTTPHeaderValues {
    /// An HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms that servers
    /// still send.
    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    /// `Retry-After`: seconds, or a date (counted from `now`); never negative.
    static func retryAfter(_ text: String?, now: Date = Date()) -> TimeInterval? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int(text) { return TimeInterval(max(0, seconds)) }
        return date(text).map { max(0, $0.timeIntervalSince(now)) }
    }

    /// How long a response stays fresh: `Cache-Control: max-age` (or `s-maxage`), else `Expires` less `Date`;
    /// nil when neither says, or when `no-cache`/`no-store` say not to keep it.
    static func freshness(cacheControl: String?, expires: String?, date: String?, now: Date = Date()) -> TimeInterval? {
        if let cacheControl {
            var maxAge: TimeInterval?
            for directive in cacheControl.lowercased().split(separator: ",") {
                let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                switch parts[0] {
                case "no-cache", "no-store": return nil
                case "max-age", "s-maxage":
                    if parts.count == 2, let seconds = Int(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))) {
                        maxAge = max(maxAge ?? 0, TimeInterval(max(0, seconds)))
                    }
                default: continue
                }
            }
            if let maxAge { return maxAge }
        }
        guard let expires, let end = self.date(expires) else { return nil }
        let origin = date.flatMap(self.date) ?? now
        return max(0, end.timeIntervalSince(origin))
    }
}
