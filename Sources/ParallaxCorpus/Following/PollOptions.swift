import ParallaxFetching

/// How `Corpus.poll` goes about it.
public struct PollOptions: Sendable {
    /// Poll every feed that is not disabled, due or not.
    public var force = false
    /// Limits and politeness of every request (`allowPrivate` among them).
    public var fetch = FetchPolicy()
    /// New entries whose pages one poll of one feed fetches at most; the rest wait for the next poll (a first
    /// poll of a large sitemap would otherwise fetch thousands of pages at once).
    public var maxNewEntriesPerFeed = 100
    /// Feeds polled at once. Pages of one host are limited by the fetcher's pacing, not here.
    public var feedsAtOnce = 4
    /// Pages of one feed fetched at once, at most (each host still gets at most two).
    public var pagesAtOnce = 8
    /// A feed that fails this many polls in a row is disabled (`parallax follow` enables it again).
    public var disableAfterFailures = 10
    /// Sitemaps of a sitemap index followed at most, newest first.
    public var maxSitemapsFromIndex = 50

    public init() {}
}
