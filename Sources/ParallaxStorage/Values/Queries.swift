import ParallaxReading

/// What narrows a list of stories, a search or an export. Every condition given must hold.
public struct ArticleFilter: Sendable, Hashable {
    /// Stories or articles on or after this day (a story whose last day is at or after it).
    public var since: CalendarDay?
    /// Stories or articles on or before this day (a story whose first day is at or before it).
    public var until: CalendarDay?
    /// An outlet (else agency) that carried an article, exactly as stored ("www.bbc.co.uk", "AP").
    public var outlet: String?
    /// A name an article mentions, matched as a phrase ("Robert Gates").
    public var entity: String?
    /// Words an article contains, all of them (full-text search syntax is not interpreted).
    public var query: String?

    public init(
        since: CalendarDay? = nil, until: CalendarDay? = nil, outlet: String? = nil, entity: String? = nil,
        query: String? = nil
    ) {
        self.since = since
        self.until = until
        self.outlet = outlet
        self.entity = entity
        self.query = query
    }
}

public struct StoryQuery: Sendable, Hashable {
    public var filter: ArticleFilter
    public var limit: Int
    /// Only stories after this one in the list (the next page).
    public var after: StoryPosition?

    public init(filter: ArticleFilter = ArticleFilter(), limit: Int = 20, after: StoryPosition? = nil) {
        self.filter = filter
        self.limit = limit
        self.after = after
    }
}

public struct SearchQuery: Sendable, Hashable {
    /// Words to find (all of them, stemmed, case and accents ignored); no search syntax is read.
    public var text: String
    public var filter: ArticleFilter
    public var limit: Int

    public init(text: String, filter: ArticleFilter = ArticleFilter(), limit: Int = 20) {
        self.text = text
        self.filter = filter
        self.limit = limit
    }
}

/// The articles of a story or of an event.
public enum ArticleScope: Sendable, Hashable {
    case story(String)
    case event(String)
}

/// How much the store holds.
public struct StoreStatistics: Sendable, Hashable {
    public var articles: Int
    public var stories: Int
    public var events: Int
    public var copies: Int

    public init(articles: Int, stories: Int, events: Int, copies: Int) {
        self.articles = articles
        self.stories = stories
        self.events = events
        self.copies = copies
    }
}
