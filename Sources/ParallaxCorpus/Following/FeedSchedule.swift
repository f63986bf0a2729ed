import Foundation

/// When a feed is polled next: as often as it says it changes, within 10 minutes and 24 hours; less often
/// after each failure; never before a time the server asked for (`Retry-After`).
public enum FeedSchedule {
    public static let shortest: TimeInterval = 10 * 60
    public static let longest: TimeInterval = 24 * 3600
    /// When the feed gives no hint and its entries too few dates.
    public static let usual: TimeInterval = 3600

    /// After a successful poll. `hint` is what the feed or its headers asked for (`ttl`, `sy:updatePeriod`,
    /// `Cache-Control: max-age`, `Expires`); without one, half the usual gap between its newest entries, so that
    /// a feed that publishes every two hours is read within about an hour of each entry. `jitter` (0…1) spreads
    /// feeds that would all fall due at once.
    public static func afterSuccess(at now: Date, hint: TimeInterval?, entryDates: [Date] = [], jitter: Double = 0) -> Date {
        let interval = hint ?? observedInterval(entryDates).map { $0 / 2 } ?? usual
        return now.addingTimeInterval(clamped(interval * (1 + 0.1 * jitter)))
    }

    /// After the `failures`-th failure in a row: 10 minutes, doubled each time, at most 24 hours; at least what
    /// `Retry-After` asked.
    public static func afterFailure(at now: Date, failures: Int, retryAfter: TimeInterval?, jitter: Double = 0) -> Date {
        let backoff = shortest * pow(2, Double(max(0, min(failures - 1, 16))))
        let interval = max(clamped(backoff * (1 + 0.1 * jitter)), min(retryAfter ?? 0, longest))
        return now.addingTimeInterval(interval)
    }

    /// The mean gap between the newest entries' dates (up to 10), when there are at least three.
    static func observedInterval(_ dates: [Date]) -> TimeInterval? {
        let newest = dates.sorted(by: >).prefix(10)
        guard newest.count >= 3, let first = newest.first, let last = newest.last else { return nil }
        let mean = first.timeIntervalSince(last) / Double(newest.count - 1)
        return mean > 0 ? mean : nil
    }

    static func clamped(_ interval: TimeInterval) -> TimeInterval {
        min(max(interval, shortest), longest)
    }
}
