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
    /// Its place in the list of stories, newest first: a page that ends with it continues after it.
    public var position: StoryPosition

    public init(
        id: String, headline: String?, firstDate: CalendarDay?, lastDate: CalendarDay?, outlets: [String],
        articleCount: Int, eventCount: Int, position: StoryPosition
    ) {
        self.id = id
        self.position = position
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

/// Where a story stands in the list of stories, newest first: by its last day (undated stories last), then by
/// the arrival of its last article (unique to it). `token` is the cursor a caller passes back for the next page.
public struct StoryPosition: Sendable, Hashable {
    /// The story's last day ("2011-03-22"), "" when none of its articles is dated.
    public var day: String
    public var lastArrival: Int

    public init(day: String, lastArrival: Int) {
        self.day = day
        self.lastArrival = lastArrival
    }

    /// "2011-03-22.1234", or "-.1234" for an undated story.
    public var token: String { (day.isEmpty ? "-" : day) + "." + String(lastArrival) }

    /// The position a token names ("-" or DDDD-DD-DD, a dot, 1 to 18 digits); nil when it is not one. The day
    /// need not be a real one: positions compare as text, so any such token names a place in the list.
    public init?(token: String) {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard let dot = token.lastIndex(of: ".") else { return nil }
        let day = Array(token[..<dot].utf8), number = Array(token[token.index(after: dot)...].utf8)
        let isDay = day.count == 10 && day.indices.allSatisfy { [4, 7].contains($0) ? day[$0] == UInt8(ascii: "-") : digits.contains(day[$0]) }
        guard day == [UInt8(ascii: "-")] || isDay, (1...18).contains(number.count), number.allSatisfy(digits.contains),
            let arrival = Int(String(decoding: number, as: UTF8.self))
        else { return nil }
        self.init(day: isDay ? String(decoding: day, as: UTF8.self) : "", lastArrival: arrival)
    }
}
