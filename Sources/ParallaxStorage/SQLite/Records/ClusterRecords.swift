import Foundation
import GRDB
import ParallaxReading

/// A row of `story`: a story's running summary.
struct StoryRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "story" }

    var id: String
    var headline: String?
    var firstDate: String?
    var lastDate: String?
    var sortDay: String
    var articleCount: Int
    var eventCount: Int
    var firstArrival: Int
    var lastArrival: Int

    init(id: String, arrival: Int) {
        self.id = id
        sortDay = ""
        articleCount = 0
        eventCount = 0
        firstArrival = arrival
        lastArrival = arrival
    }

    /// Counts an article in.
    mutating func add(_ article: Article, arrival: Int) {
        articleCount += 1
        lastArrival = arrival
        summarize(article, headline: &headline, firstDate: &firstDate, lastDate: &lastDate)
        sortDay = lastDate ?? ""
    }

    func summary(outlets: [String]) -> StorySummary {
        StorySummary(
            id: id, headline: headline, firstDate: firstDate.flatMap { CalendarDay(iso8601: $0) },
            lastDate: lastDate.flatMap { CalendarDay(iso8601: $0) }, outlets: outlets, articleCount: articleCount,
            eventCount: eventCount, position: StoryPosition(day: sortDay, lastArrival: lastArrival))
    }
}

/// A row of `event`: an event's running summary.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "event" }

    var id: String
    var story: String
    var headline: String?
    var firstDate: String?
    var lastDate: String?
    var articleCount: Int
    var firstArrival: Int
    var lastArrival: Int

    init(id: String, story: String, arrival: Int) {
        self.id = id
        self.story = story
        articleCount = 0
        firstArrival = arrival
        lastArrival = arrival
    }

    mutating func add(_ article: Article, arrival: Int) {
        articleCount += 1
        lastArrival = arrival
        summarize(article, headline: &headline, firstDate: &firstDate, lastDate: &lastDate)
    }

    func summary(outlets: [String]) -> EventSummary {
        EventSummary(
            id: id, story: story, headline: headline, firstDate: firstDate.flatMap { CalendarDay(iso8601: $0) },
            lastDate: lastDate.flatMap { CalendarDay(iso8601: $0) }, outlets: outlets, articleCount: articleCount)
    }
}

/// What a story's or event's summary takes from a new article: the first title as headline, and its day widens
/// the days (`YYYY-MM-DD` compares as text).
package func summarize(_ article: Article, headline: inout String?, firstDate: inout String?, lastDate: inout String?) {
    if headline == nil, let title = article.title, !title.isEmpty { headline = title }
    guard let day = article.date?.description else { return }
    if firstDate.map({ day < $0 }) ?? true { firstDate = day }
    if lastDate.map({ day > $0 }) ?? true { lastDate = day }
}

/// The single row of `clusteringState`: which arrival the saved snapshot is of, and its size.
struct ClusteringStateRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "clusteringState" }

    var id = 1
    var arrivals: Int
    var byteCount: Int
    var savedAt: Date
}

/// One piece of the saved snapshot, in order of `number`.
struct ClusteringStateChunkRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "clusteringStateChunk" }
    static let size = 4 << 20

    var number: Int
    var bytes: Data
}
