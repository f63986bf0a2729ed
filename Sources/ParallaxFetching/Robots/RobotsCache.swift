import Foundation

/// Each origin's robots.txt, fetched once and kept for its lifetime; pages of one origin asked at once share one
/// fetch.
actor RobotsCache {
    enum Rules: Sendable {
        case rules(RobotsTxt)
        /// 5xx, 429 or unreachable: nothing may be fetched for now (RFC 9309 §2.3.1.4), and the reason why.
        case unavailable(String)
    }

    private struct Entry {
        var task: Task<Rules, Never>
        var fetchedAt: ContinuousClock.Instant
    }

    private let lifetime: Duration
    /// An unavailable robots.txt is asked again sooner than a readable one.
    private let unavailableLifetime: Duration = .seconds(600)
    private var entries: [String: Entry] = [:]

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// The rules of an origin ("https://example.com"), loaded with `load` when not known or expired.
    func rules(origin: String, load: @escaping @Sendable (String) async -> Rules) async -> Rules {
        let now = ContinuousClock.now
        if let entry = entries[origin] {
            let rules = await entry.task.value
            let keptFor: Duration = if case .unavailable = rules { unavailableLifetime } else { lifetime }
            if now - entry.fetchedAt < keptFor { return rules }
        }
        let task = Task { await load(origin + "/robots.txt") }
        entries[origin] = Entry(task: task, fetchedAt: now)
        return await task.value
    }

    /// Fetches and reads a robots.txt: 2xx gives its rules, 4xx (but 429) allows everything, anything else
    /// allows nothing for now.
    static func load(_ url: String, with fetcher: Fetcher) async -> Rules {
        do {
            let response = try await fetcher.fetch(FetchRequest(url: url, kind: .robots))
            return .rules(RobotsTxt(String(decoding: response.body, as: UTF8.self)))
        } catch let error as FetchError {
            if case .status(let code) = error.reason, (400...499).contains(code) { return .rules(.allowAll) }
            return .unavailable(error.kind)
        } catch {
            return .unavailable("cancelled")
        }
    }
}
