import Foundation
import ParallaxReading
import ParallaxStorage
import PostgresNIO

/// The columns of `article` a `StoredArticle` is read from, in the order `storedArticle(_:)` expects.
let articleColumns = """
    arrival, id, title, text, date, time, url, canonical_url, outlet, language, agency, dateline, byline, \
    content_hash, ingested_at, story, event, duplicate_of
    """

func storedArticle(_ row: PostgresRow) throws -> StoredArticle {
    let (arrival, id, title, text, date, time, url, canonicalURL, outlet) = try row.decode(
        (Int, String, String?, String, String?, String?, String?, String?, String?).self)
    let cells = row.makeRandomAccess()
    let language = try cells[9].decode(String?.self)
    let agency = try cells[10].decode(String?.self)
    let dateline = try cells[11].decode(String?.self)
    let byline = try cells[12].decode(String?.self)
    let contentHash = try cells[13].decode(String?.self)
    let ingestedAt = try cells[14].decode(Date.self)
    let story = try cells[15].decode(String.self)
    let event = try cells[16].decode(String.self)
    let duplicateOf = try cells[17].decode(String?.self)
    var article = Article(
        id: id, text: text, title: title, date: date.flatMap { CalendarDay(iso8601: $0) }, url: url, outlet: outlet,
        language: language, agency: agency, dateline: dateline, byline: byline)
    article.time = time
    return StoredArticle(
        arrival: arrival, article: article, canonicalURL: canonicalURL, contentHash: contentHash, ingestedAt: ingestedAt,
        story: story, event: event, duplicateOf: duplicateOf)
}

/// A story's or an event's running summary, as `story` and `event` rows hold it.
struct SummaryRow: Sendable {
    var id: String
    /// The event's story; nil for a story.
    var story: String?
    var headline: String?
    var firstDate: String?
    var lastDate: String?
    var articleCount: Int
    var eventCount: Int
    var firstArrival: Int
    var lastArrival: Int

    init(id: String, story: String?, arrival: Int) {
        self.id = id
        self.story = story
        articleCount = 0
        eventCount = 0
        firstArrival = arrival
        lastArrival = arrival
    }

    static let storyColumns =
        "id, NULL::text, headline, first_date, last_date, article_count, event_count, first_arrival, last_arrival"
    static let eventColumns =
        "id, story, headline, first_date, last_date, article_count, 0, first_arrival, last_arrival"

    /// A row selected with `storyColumns` or `eventColumns`.
    init(_ row: PostgresRow) throws {
        (id, story, headline, firstDate, lastDate, articleCount, eventCount, firstArrival, lastArrival) = try row.decode(
            (String, String?, String?, String?, String?, Int, Int, Int, Int).self)
    }

    mutating func add(_ article: Article, arrival: Int) {
        articleCount += 1
        lastArrival = arrival
        summarize(article, headline: &headline, firstDate: &firstDate, lastDate: &lastDate)
    }

    /// Stories sort newest first on their last day, undated ones last.
    var sortDay: String { lastDate ?? "" }

    func storySummary(outlets: [String]) -> StorySummary {
        StorySummary(
            id: id, headline: headline, firstDate: firstDate.flatMap { CalendarDay(iso8601: $0) },
            lastDate: lastDate.flatMap { CalendarDay(iso8601: $0) }, outlets: outlets, articleCount: articleCount,
            eventCount: eventCount, position: StoryPosition(day: sortDay, lastArrival: lastArrival))
    }

    func eventSummary(outlets: [String]) -> EventSummary {
        EventSummary(
            id: id, story: story ?? "", headline: headline, firstDate: firstDate.flatMap { CalendarDay(iso8601: $0) },
            lastDate: lastDate.flatMap { CalendarDay(iso8601: $0) }, outlets: outlets, articleCount: articleCount)
    }
}
