import Foundation
import ParallaxStorage

/// What one poll of one feed did.
public struct FeedPollReport: Sendable {
    public enum Result: Sendable, Hashable {
        /// Read: entries found new, and what became of their pages.
        case read
        /// 304: nothing changed since the last poll.
        case notModified
        /// The feed itself could not be fetched or read; the message says why and what to do.
        case failed(String)
    }

    public var feed: FollowedFeed
    public var result: Result
    /// Entries the feed lists that were not seen before.
    public var newEntries = 0
    /// Pages stored as new articles (copies of a wire text among them), or already stored under their URL.
    public var stored = 0
    public var alreadyStored = 0
    /// Pages not fetched because robots.txt disallows them, or left for a later poll (`maxNewEntriesPerFeed`).
    public var disallowed = 0
    public var deferred = 0
    /// Pages that failed, each message naming the URL and saying what to do.
    public var pageFailures: [String] = []
    /// Sitemaps an index led to follow.
    public var sitemapsFollowed = 0
    /// What became of the feed's address when its server answered a permanent redirect (301, 308).
    public var move: Move?

    public enum Move: Sendable, Hashable {
        /// The feed is followed at its new address from now on.
        case moved(from: String, to: String)
        /// Another followed feed has the new address already: this one keeps its own.
        case alreadyFollowed(String)
    }

    public init(feed: FollowedFeed, result: Result) {
        self.feed = feed
        self.result = result
    }

    public var failed: Bool {
        if case .failed = result { return true }
        return false
    }
}

/// What `Corpus.poll` did over every feed it polled.
public struct PollSummary: Sendable {
    /// One report a feed, in the order the feeds were polled.
    public var feeds: [FeedPollReport] = []
    public var seconds: TimeInterval = 0

    public init() {}

    public var notModified: Int { feeds.count { $0.result == .notModified } }
    public var failedFeeds: Int { feeds.count { $0.failed } }
    public var newEntries: Int { feeds.reduce(0) { $0 + $1.newEntries } }
    public var stored: Int { feeds.reduce(0) { $0 + $1.stored } }
    public var alreadyStored: Int { feeds.reduce(0) { $0 + $1.alreadyStored } }
    public var disallowed: Int { feeds.reduce(0) { $0 + $1.disallowed } }
    public var deferred: Int { feeds.reduce(0) { $0 + $1.deferred } }
    public var failedPages: Int { feeds.reduce(0) { $0 + $1.pageFailures.count } }
}
