import Foundation
import ParallaxReading

/// The corpus on disk: articles with their story and event, the clustering state, and search.
///
/// Every method is one consistent unit of work (one transaction). Implementations take and return plain
/// `Sendable` values, never a database type, so that callers (the `Corpus` use cases, the command line, the server)
/// do not change when the engine does. `SQLiteStore` is the embedded implementation.
///
/// ```swift
/// let store = try SQLiteStore(path: "parallax.sqlite")
/// let clusterer = try await store.clusterer()
/// let outcomes = try await store.add(batch, clusterer: clusterer)
/// for story in try await store.stories(StoryQuery(limit: 10)) { print(story.headline ?? story.id) }
/// ```
public protocol Store: Sendable {
    /// Where the store lives, for messages ("parallax.sqlite").
    var location: String { get }

    // MARK: Writing

    /// Adds a batch of articles in one transaction. Inside it, the clusterer first catches up with articles other
    /// writers committed since it last saw the store, so that assignments are those one process would give over
    /// the articles in commit order; then each article is either already stored (same ID or canonical URL) or
    /// placed in its event and story and stored. Outcomes come back in batch order. When the transaction fails,
    /// nothing of the batch is stored and the clusterer must not be used again (`clusterer()` gives a fresh one).
    func add(_ batch: [IncomingArticle], clusterer: CorpusClusterer) async throws -> [IngestOutcome]

    /// Saves the clusterer's state so that the next `clusterer()` need not replay the articles before it.
    func saveClusteringState(_ clusterer: CorpusClusterer) async throws

    /// The clusterer in the state the stored articles left it: the saved state, then the articles stored after it
    /// replayed in arrival order. `progress` is called with the number replayed so far.
    func clusterer(progress: (@Sendable (Int) -> Void)?) async throws -> CorpusClusterer

    // MARK: Reading

    /// Counts of what the store holds.
    func statistics() async throws -> StoreStatistics

    /// A number that grows with every write of articles (the newest arrival), read cheaply: a view made when it
    /// had one value holds until it moves. nil when the store cannot tell without work, or holds no article.
    func changeMark() async throws -> Int?

    /// Stories, newest first (by their last day, then their last arrival).
    func stories(_ query: StoryQuery) async throws -> [StorySummary]

    func story(id: String) async throws -> StorySummary?
    func event(id: String) async throws -> EventSummary?
    /// The events of a story, oldest first (by first day, undated ones last, then by first arrival).
    func events(inStory story: String) async throws -> [EventSummary]

    /// One article by its ID.
    func article(id: String) async throws -> StoredArticle?
    /// The articles of a story or an event, in arrival order; at most `limit`.
    func articles(in scope: ArticleScope, limit: Int) async throws -> [StoredArticle]
    /// The articles that copy this one (their `duplicateOf` is its ID), in arrival order.
    func copies(of id: String) async throws -> [StoredArticle]

    /// Full-text search, best first.
    func search(_ query: SearchQuery) async throws -> [SearchHit]

    /// Articles matching a filter with an arrival after `after`, in arrival order: a page of an export.
    func articles(matching filter: ArticleFilter, after arrival: Int, limit: Int) async throws -> [StoredArticle]

    // MARK: Following feeds

    /// Follows feeds by URL, in one transaction: each is added (due at once), already followed, or, when it had
    /// been disabled, enabled again with its failures forgotten. Outcomes come back in the order given.
    func follow(_ urls: [String], at date: Date) async throws -> [FollowOutcome]

    /// Every followed feed, in the order they were added.
    func followedFeeds() async throws -> [FollowedFeed]

    /// The feeds not disabled whose next poll is due at `date`, most overdue first.
    func feedsDue(at date: Date) async throws -> [FollowedFeed]

    /// Records what a poll of a feed found, and returns the feed as it now is.
    func record(_ poll: FeedPollRecord) async throws -> FollowedFeed

    /// Which of these entry keys (`EntryKey`) are known, by any feed: their pages were fetched, or never will be.
    func seenEntryKeys(among keys: [String]) async throws -> Set<String>

    /// Which of these entry keys `feed` itself has marked seen, whatever other feeds did.
    func seenEntryKeys(among keys: [String], feed: Int64) async throws -> Set<String>

    /// Marks entry keys as seen by a feed, so that their pages are never fetched again while a feed that marked
    /// them is followed. Every feed listing an entry marks it, not only the first (see `unfollow`).
    func markEntriesSeen(_ keys: [String], feed: Int64, at date: Date) async throws

    /// Moves a feed to the URL its server redirected it to for good; false, changing nothing, when another
    /// followed feed already has that URL.
    func moveFeed(_ id: Int64, to url: String) async throws -> Bool

    /// Stops following feeds, in one transaction: their rows go, and their marks on seen entries with them. An
    /// entry another followed feed marked stays seen; one only they marked is forgotten (its page is fetched again
    /// if a feed lists it later; its article is known by its URL). Returns how many feeds were removed; an ID no
    /// feed has is ignored.
    func unfollow(_ ids: [Int64]) async throws -> Int
}

extension Store {
    public func clusterer() async throws -> CorpusClusterer { try await clusterer(progress: nil) }

    /// Unknown: whoever caches views of the store makes them anew each time.
    public func changeMark() async throws -> Int? { nil }
}
