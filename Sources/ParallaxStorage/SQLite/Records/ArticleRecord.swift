import Foundation
import GRDB
import ParallaxReading

/// A row of `article`.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "article" }

    var arrival: Int
    var id: String
    var title: String?
    var text: String
    var date: String?
    var time: String?
    var url: String?
    var canonicalURL: String?
    var outlet: String?
    var language: String?
    var agency: String?
    var dateline: String?
    var byline: String?
    var contentHash: String?
    var ingestedAt: Date
    var story: String
    var event: String
    var duplicateOf: String?

    enum Columns {
        static let arrival = Column(CodingKeys.arrival)
        static let id = Column(CodingKeys.id)
        static let story = Column(CodingKeys.story)
        static let event = Column(CodingKeys.event)
        static let duplicateOf = Column(CodingKeys.duplicateOf)
    }

    var article: Article {
        var article = Article(
            id: id, text: text, title: title, date: date.flatMap { CalendarDay(iso8601: $0) }, url: url, outlet: outlet,
            language: language, agency: agency, dateline: dateline, byline: byline)
        article.time = time
        return article
    }

    var stored: StoredArticle {
        StoredArticle(
            arrival: arrival, article: article, canonicalURL: canonicalURL, contentHash: contentHash,
            ingestedAt: ingestedAt, story: story, event: event, duplicateOf: duplicateOf)
    }
}
