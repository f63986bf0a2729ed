import Foundation
import ParallaxStorage

/// How `ingest` waits for a database that cannot be reached (a server restarting, a dropped connection): tries
/// again after delays that double from `firstDelay` up to `longestDelay`, each with jitter (a random share of up
/// to half of it, so that workers that lost the server together do not all come back in the same instant), and
/// gives up once `totalWait` seconds have passed since the first failure of the outage.
public struct RetryPolicy: Sendable {
    public var firstDelay = 0.5
    public var longestDelay = 15.0
    public var totalWait = 120.0

    public init() {}

    /// The wait before try `attempt` (2 for the first retry), before jitter.
    func delay(before attempt: Int) -> Double {
        min(longestDelay, firstDelay * pow(2, Double(max(0, attempt - 2))))
    }
}

/// One retry about to happen, for the caller's log.
public struct StoreRetry: Sendable {
    /// The store's error, whose reason is `.unreachable`.
    public var error: StoreError
    /// The try about to be made (2 for the first retry).
    public var attempt: Int
    /// Seconds until it is made.
    public var delay: Double

    /// `postgres://me@host:5432/news cannot be reached (the connection was lost); try 2 in 0.6 s, at 01:52:07`
    public var line: String {
        let why: String
        if case .unreachable(let reason) = error.reason { why = reason } else { why = error.description }
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm:ss"
        clock.timeZone = TimeZone(identifier: "UTC")
        let at = clock.string(from: Date().addingTimeInterval(delay))
        return "\(error.location) cannot be reached (\(why)); try \(attempt) in \(String(format: "%.1f", delay)) s, at \(at) UTC"
    }
}

/// The tries of one outage: each failure waits its delay, or ends the run once the policy's total is spent.
struct RetryClock {
    let policy: RetryPolicy
    let events: IngestEvents
    private var attempt = 1
    private var firstFailure: Date?

    init(policy: RetryPolicy, events: IngestEvents) {
        self.policy = policy
        self.events = events
    }

    /// Waits before the next try when `error` says the database cannot be reached now; throws it otherwise, and
    /// throws it with the tries made when the total wait would be exceeded.
    mutating func wait(after error: any Error) async throws {
        guard let error = error as? StoreError, case .unreachable(let why) = error.reason else { throw error }
        let first = firstFailure ?? Date()
        firstFailure = first
        attempt += 1
        let base = policy.delay(before: attempt)
        let delay = base / 2 + Double.random(in: 0...(base / 2))
        let waited = Date().timeIntervalSince(first)
        guard waited + delay <= policy.totalWait else {
            throw StoreError(location: error.location, reason: .unreachable(
                "\(why); gave up after \(attempt - 1) tries over \(Int(waited.rounded())) s"))
        }
        events.retrying?(StoreRetry(error: error, attempt: attempt, delay: delay))
        try await Task.sleep(for: .seconds(delay))
    }
}
