import Foundation

/// A feed, a sitemap or a subscription list, as read: what it is, its own fields, and its entries.
public struct Feed: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case rss, atom, jsonFeed = "json-feed", sitemap, sitemapIndex = "sitemap-index", opml
    }

    public var kind: Kind
    public var title: String?
    /// The site the feed belongs to (RSS `link`, Atom `link rel=alternate`, JSON Feed `home_page_url`).
    public var link: String?
    public var language: String?
    /// How long the feed says it may be cached (RSS `ttl`, `sy:updatePeriod` and `sy:updateFrequency`).
    public var timeToLive: TimeInterval?
    /// Articles, in the feed's order; for a sitemap index, the sitemaps it lists; for OPML, the feeds.
    public var entries: [FeedEntry]

    public init(kind: Kind, title: String? = nil, link: String? = nil, language: String? = nil,
                timeToLive: TimeInterval? = nil, entries: [FeedEntry] = []) {
        self.kind = kind
        self.title = title
        self.link = link
        self.language = language
        self.timeToLive = timeToLive
        self.entries = entries
    }
}

/// One item of a feed: an article's link and what the feed says of it.
public struct FeedEntry: Sendable, Hashable {
    public var title: String?
    /// Absolute, resolved against the feed's base.
    public var link: String?
    /// The entry's own identity (RSS `guid`, Atom `id`), else its link.
    public var id: String?
    /// UTC.
    public var published: Date?
    public var updated: Date?
    public var author: String?
    /// Plain text.
    public var summary: String?
    /// The full content as the feed gives it (often HTML), when it does.
    public var content: String?
    public var language: String?

    public init(title: String? = nil, link: String? = nil, id: String? = nil, published: Date? = nil, updated: Date? = nil,
                author: String? = nil, summary: String? = nil, content: String? = nil, language: String? = nil) {
        self.title = title
        self.link = link
        self.id = id
        self.published = published
        self.updated = updated
        self.author = author
        self.summary = summary
        self.content = content
        self.language = language
    }
}
