import Foundation
import GRDB
import ParallaxReading

/// A row of `article`.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "article" }

    var arrival: Int
    var id: String
    var title: String?
    /// The text, zlib-compressed (`TextCompression`): `article()` decompresses it.
    var compressedText: Data
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

    /// Throws an `SQLITE_CORRUPT` error, which says the file is damaged, when the text does not decompress.
    func article() throws -> Article {
        let text: String
        do throws(TextCompression.Damaged) {
            text = try TextCompression.decompress(compressedText)
        } catch {
            throw DatabaseError(
                resultCode: .SQLITE_CORRUPT, message: "the text of article \(id) is damaged: \(error.reason)")
        }
        var article = Article(
            id: id, text: text, title: title, date: date.flatMap { CalendarDay(iso8601: $0) }, url: url, outlet: outlet,
            language: language, agency: agency, dateline: dateline, byline: byline)
        article.time = time
        return article
    }

    func stored() throws -> StoredArticle {
        StoredArticle(
            arrival: arrival, article: try article(), canonicalURL: canonicalURL, contentHash: contentHash,
            ingestedAt: ingestedAt, story: story, event: event, duplicateOf: duplicateOf)
    }
}
