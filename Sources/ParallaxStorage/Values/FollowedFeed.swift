import Foundation

/// A feed or sitemap the corpus follows, with what its last polls found and when the next is due.
public struct FollowedFeed: Sendable, Hashable {
    public var id: Int64
    public var url: String
    public var title: String?
    /// rss, atom, json-feed, sitemap, sitemap-index (`Feed.Kind`), once read.
    public var kind: String?
    /// Validators as the server sent them, for the next conditional request.
    public var etag: String?
    public var lastModified: String?
    /// The last poll in a few words, nil before the first.
    public var lastStatus: String?
    public var lastFailed: Bool
    public var consecutiveFailures: Int
    /// Not polled (after many failures in a row); following it again enables it.
    public var disabled: Bool
    /// Seconds between polls the feed last asked for, when it did.
    public var refreshSeconds: Int?
    public var nextDue: Date
    public var lastPolled: Date?
    /// Entries found new over all polls, and articles stored from them.
    public var entriesSeen: Int
    public var entriesStored: Int
    public var addedAt: Date

    public init(id: Int64, url: String, title: String? = nil, kind: String? = nil, etag: String? = nil,
                lastModified: String? = nil, lastStatus: String? = nil, lastFailed: Bool = false,
                consecutiveFailures: Int = 0, disabled: Bool = false, refreshSeconds: Int? = nil, nextDue: Date,
                lastPolled: Date? = nil, entriesSeen: Int = 0, entriesStored: Int = 0, addedAt: Date) {
        self.id = id
        self.url = url
        self.title = title
        self.kind = kind
        self.etag = etag
        self.lastModified = lastModified
        self.lastStatus = lastStatus
        self.lastFailed = lastFailed
        self.consecutiveFailures = consecutiveFailures
        self.disabled = disabled
        self.refreshSeconds = refreshSeconds
        self.nextDue = nextDue
        self.lastPolled = lastPolled
        self.entriesSeen = entriesSeen
        self.entriesStored = entriesStored
        self.addedAt = addedAt
    }
}

/// What became of a URL given to `Store.follow`.
public struct FollowOutcome: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case added
        case alreadyFollowed = "already_followed"
        /// It was disabled after failing; it is polled again, its failures forgotten.
        case enabledAgain = "enabled_again"
    }

    public var feed: FollowedFeed
    public var status: Status

    public init(feed: FollowedFeed, status: Status) {
        self.feed = feed
        self.status = status
    }
}

/// What one poll of a feed found, to record on the feed.
public struct FeedPollRecord: Sendable, Hashable {
    public var feedID: Int64
    public var polledAt: Date
    public var status: String
    public var failed: Bool
    /// Title and kind as read; nil keeps the stored ones (a 304, a failure).
    public var title: String?
    public var kind: String?
    /// Whether `etag` and `lastModified` replace the stored validators. They are kept when the poll did not take
    /// in every entry it found (a page failed for now, or the poll stopped), so that the next poll is not told
    /// "304" and the rest is not lost.
    public var replacesValidators: Bool
    public var etag: String?
    public var lastModified: String?
    public var refreshSeconds: Int?
    public var nextDue: Date
    /// Failures in a row, counting this poll.
    public var consecutiveFailures: Int
    public var disabled: Bool
    /// New entries found and articles stored by this poll, added to the feed's counts.
    public var entriesSeen: Int
    public var entriesStored: Int

    public init(feedID: Int64, polledAt: Date, status: String, failed: Bool, title: String? = nil, kind: String? = nil,
                replacesValidators: Bool = false, etag: String? = nil, lastModified: String? = nil,
                refreshSeconds: Int? = nil, nextDue: Date, consecutiveFailures: Int, disabled: Bool = false,
                entriesSeen: Int = 0, entriesStored: Int = 0) {
        self.feedID = feedID
        self.polledAt = polledAt
        self.status = status
        self.failed = failed
        self.title = title
        self.kind = kind
        self.replacesValidators = replacesValidators
        self.etag = etag
        self.lastModified = lastModified
        self.refreshSeconds = refreshSeconds
        self.nextDue = nextDue
        self.consecutiveFailures = consecutiveFailures
        self.disabled = disabled
        self.entriesSeen = entriesSeen
        self.entriesStored = entriesStored
    }
}
