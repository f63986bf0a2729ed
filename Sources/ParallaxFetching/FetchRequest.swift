/// What to fetch, and what is already known of it.
public struct FetchRequest: Sendable, Hashable {
    /// The kind of document asked for: it decides the `Accept` header, which content types are taken, and
    /// whether robots.txt is asked first.
    public enum Kind: Sendable, Hashable {
        /// A feed, sitemap or OPML list: XML or JSON. robots.txt is not asked: following a feed is a reader's
        /// subscription, not a crawl (as feed readers do).
        case feed
        /// An article page: HTML. robots.txt is obeyed.
        case page
        /// robots.txt itself: plain text, never checked against itself.
        case robots
    }

    public var url: String
    public var kind: Kind
    /// The `ETag` the last response carried, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` the last response carried, sent back as `If-Modified-Since`, exactly as received.
    public var lastModified: String?

    public init(url: String, kind: Kind, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.kind = kind
        self.etag = etag
        self.lastModified = lastModified
    }
}
