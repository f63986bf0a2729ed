import ParallaxStorage

/// What `parallax show ID` shows: a story with its events and their articles, an event, or an article.
public enum CorpusItem: Sendable {
    case story(StoryDetail)
    case event(EventDetail)
    case article(ArticleDetail)
}

public struct StoryDetail: Sendable {
    public var story: StorySummary
    /// Oldest first, each with its articles in arrival order.
    public var events: [EventDetail]
}

public struct EventDetail: Sendable {
    public var event: EventSummary
    public var articles: [StoredArticle]
}

public struct ArticleDetail: Sendable {
    public var article: StoredArticle
    public var story: StorySummary?
    public var event: EventSummary?
    /// The article it copies, when it is a copy.
    public var original: StoredArticle?
    /// Later articles that copy its text, in arrival order.
    public var copies: [StoredArticle]
}

extension Corpus {
    /// How many articles `show` lists at most under one event.
    public static let shownArticles = 1_000

    /// Stories, newest first.
    public func stories(_ query: StoryQuery = StoryQuery()) async throws -> [StorySummary] {
        try await store.stories(query)
    }

    /// A story, an event or an article by its ID: stories are `s…`, events `e…`, anything else is an article ID
    /// (an article whose ID looks like a story's is still found when no such story exists).
    public func show(id: String) async throws -> CorpusItem {
        if let story = try await story(id: id) { return .story(story) }
        if let event = try await store.event(id: id) {
            return .event(EventDetail(event: event, articles: try await store.articles(in: .event(id), limit: Self.shownArticles)))
        }
        if let article = try await article(id: id) { return .article(article) }
        throw CorpusError.unknownID(id)
    }

    /// A story with its events and their first articles (at most `articlesPerEvent` each); nil when no story has
    /// this ID.
    public func story(id: String, articlesPerEvent: Int = Corpus.shownArticles) async throws -> StoryDetail? {
        guard let story = try await store.story(id: id) else { return nil }
        var events: [EventDetail] = []
        for event in try await store.events(inStory: story.id) {
            events.append(EventDetail(event: event, articles: try await store.articles(in: .event(event.id), limit: articlesPerEvent)))
        }
        return StoryDetail(story: story, events: events)
    }

    /// An article with its story, its event, the article it copies and its copies; nil when no article has this ID.
    public func article(id: String) async throws -> ArticleDetail? {
        guard let article = try await store.article(id: id) else { return nil }
        return ArticleDetail(
            article: article, story: try await store.story(id: article.story), event: try await store.event(id: article.event),
            original: try await article.duplicateOf.asyncMap { try await store.article(id: $0) } ?? nil,
            copies: try await store.copies(of: article.id))
    }

    /// Full-text search, best first.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        try await store.search(query)
    }

    /// What the store holds.
    public func statistics() async throws -> StoreStatistics {
        try await store.statistics()
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
