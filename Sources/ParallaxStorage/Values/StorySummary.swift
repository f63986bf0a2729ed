import ParallaxReading

/// A story as listed: a headline from its articles, its days, outlets and counts.
public struct StorySummary: Sendable, Hashable {
    public var id: String
    /// The title of the first article of the story that has one.
    public var headline: String?
    public var firstDate: CalendarDay?
    public var lastDate: CalendarDay?
    /// The outlets (else agencies) of its articles, most articles first.
    public var outlets: [String]
    public var articleCount: Int
    public var eventCount: Int

    public init(
        id: String, headline: String?, firstDate: CalendarDay?, lastDate: CalendarDay?, outlets: [String],
        articleCount: Int, eventCount: Int
    ) {
        self.id = id
        self.headline = headline
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.outlets = outlets
        self.articleCount = articleCount
        self.eventCount = eventCount
    }
}

/// An event of a story: one happening, with its days and counts.
public struct EventSummary: Sendable, Hashable {
    public var id: String
    public var story: String
    public var headline: String?
    public var firstDate: CalendarDay?
    public var lastDate: CalendarDay?
    public var outlets: [String]
    public var articleCount: Int

    public init(
        id: String, story: String, headline: String?, firstDate: CalendarDay?, lastDate: CalendarDay?,
        outlets: [String], articleCount: Int
    ) {
        self.id = id
        self.story = story
        self.headline = headline
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.outlets = outlets
        self.articleCount = articleCount
    }
}
