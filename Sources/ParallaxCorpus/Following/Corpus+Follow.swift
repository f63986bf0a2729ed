import Foundation
import ParallaxReading
import ParallaxStorage

/// What `Corpus.follow` did: each URL's outcome, and the inputs it refused, each message naming it.
public struct FollowResult: Sendable {
    public var outcomes: [FollowOutcome] = []
    public var failures: [String] = []
}

extension Corpus {
    /// Follows feeds and sitemaps by URL, and the feeds of OPML subscription lists (`opml`: file contents with
    /// their names). Each is due at once. A URL that is not http or https, or an OPML file that cannot be read,
    /// is reported and the rest are followed.
    public func follow(urls: [String], opml: [(name: String, bytes: [UInt8])] = [], at date: Date = Date()) async throws -> FollowResult {
        var result = FollowResult()
        var accepted: [String] = []
        var candidates = urls.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for file in opml {
            do {
                let list = try FeedReader().read(file.bytes, source: file.name)
                guard list.kind == .opml else {
                    result.failures.append("\(file.name): a \(list.kind.rawValue), not an OPML list; give it as a URL to follow")
                    continue
                }
                candidates += list.entries.compactMap(\.link)
            } catch {
                result.failures.append(error.description)
            }
        }
        for url in candidates {
            guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", components.host?.isEmpty == false
            else {
                result.failures.append("\(url): not an http or https URL; give a feed's address, such as https://example.com/feed.xml")
                continue
            }
            if !accepted.contains(url) { accepted.append(url) }
        }
        result.outcomes = try await store.follow(accepted, at: date)
        return result
    }

    /// Stops following feeds given by URL, or by the ID `parallax feeds` shows. Returns the feeds removed and the
    /// targets no followed feed has, which are left for the caller to report; the rest are removed regardless.
    public func unfollow(_ targets: [String]) async throws -> (removed: [FollowedFeed], unknown: [String]) {
        let feeds = try await store.followedFeeds()
        var removed: [FollowedFeed] = []
        var unknown: [String] = []
        for target in targets.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) {
            let feed = feeds.first { $0.url == target } ?? Int64(target).flatMap { id in feeds.first { $0.id == id } }
            guard let feed else {
                unknown.append(target)
                continue
            }
            if !removed.contains(where: { $0.id == feed.id }) { removed.append(feed) }
        }
        _ = try await store.unfollow(removed.map(\.id))
        return (removed, unknown)
    }

    /// Every followed feed, in the order they were followed.
    public func followedFeeds() async throws -> [FollowedFeed] {
        try await store.followedFeeds()
    }
}
