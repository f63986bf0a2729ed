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

    /// Every followed feed, in the order they were followed.
    public func followedFeeds() async throws -> [FollowedFeed] {
        try await store.followedFeeds()
    }
}
