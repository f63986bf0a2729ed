import Foundation

/// Politeness per host: at most `maxConcurrent` requests in flight to one host, their starts at least `pause`
/// apart, and none before a time the host asked for (`Retry-After`). A request that would have to wait longer
/// than `maxWait` for its start fails at once with `HostPacer.HeldOff`, to be tried another time.
///
/// The HTTP client's pool would open up to 8 connections a host on its own; every request goes through
/// `withPermit` first.
///
/// ```swift
/// let pacer = HostPacer(maxConcurrent: 2, pause: .seconds(1))
/// let page = try await pacer.withPermit(host: "example.com") { try await download() }
/// ```
public actor HostPacer {
    private struct HostState {
        var inFlight = 0
        /// When the next request may start.
        var nextStart: ContinuousClock.Instant
        /// Requests waiting for a free slot, first come first served.
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    /// A host asked for more of a pause than a request may wait.
    public struct HeldOff: Error, Sendable {
        public var host: String
        public var remaining: Duration
    }

    public let maxConcurrent: Int
    public let pause: Duration
    public let maxWait: Duration
    private let clock = ContinuousClock()
    private var hosts: [String: HostState] = [:]

    public init(maxConcurrent: Int, pause: Duration, maxWait: Duration = .seconds(60)) {
        self.maxConcurrent = max(1, maxConcurrent)
        self.pause = max(.zero, pause)
        self.maxWait = max(.zero, maxWait)
    }

    /// Runs `body` once the host has a free slot and its pause has passed; the slot is freed when it returns.
    public func withPermit<T: Sendable>(host: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire(host: host.lowercased())
        defer { release(host: host.lowercased()) }
        return try await body()
    }

    /// Asks that no request start to `host` before `seconds` from now (the host said `Retry-After`).
    public func holdOff(host: String, for seconds: TimeInterval) {
        let until = clock.now + .milliseconds(Int64(seconds * 1000))
        var state = hosts[host.lowercased()] ?? HostState(nextStart: clock.now)
        if until > state.nextStart { state.nextStart = until }
        hosts[host.lowercased()] = state
    }

    /// How long from now until a request to `host` could start, ignoring slots in use.
    public func wait(for host: String) -> Duration {
        guard let state = hosts[host.lowercased()] else { return .zero }
        return max(.zero, state.nextStart - clock.now)
    }

    private func acquire(host: String) async throws {
        while (hosts[host]?.inFlight ?? 0) >= maxConcurrent {
            await withCheckedContinuation { continuation in hosts[host]!.waiting.append(continuation) }
        }
        var state = hosts[host] ?? HostState(nextStart: clock.now)
        // The slot and the start time are taken before sleeping, so that requests queued behind this one are
        // spaced from its start, not from when it wakes.
        let start = max(clock.now, state.nextStart)
        if start - clock.now > maxWait { throw HeldOff(host: host, remaining: start - clock.now) }
        state.nextStart = start + pause
        state.inFlight += 1
        hosts[host] = state
        do {
            try await clock.sleep(until: start)
        } catch {
            release(host: host)
            throw error
        }
    }

    private func release(host: String) {
        guard var state = hosts[host] else { return }
        state.inFlight -= 1
        let next = state.waiting.isEmpty ? nil : state.waiting.removeFirst()
        hosts[host] = state
        next?.resume()
    }
}
