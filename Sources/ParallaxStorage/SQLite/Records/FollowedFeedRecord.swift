import Foundation
import GRDB

/// A row of `followedFeed`.
struct FollowedFeedRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static var databaseTableName: String { "followedFeed" }

    var id: Int64?
    var url: String
    var title: String?
    var kind: String?
    var etag: String?
    var lastModified: String?
    var lastStatus: String?
    var lastFailed: Bool
    var consecutiveFailures: Int
    var disabled: Bool
    var refreshSeconds: Int?
    var nextDue: Date
    var lastPolled: Date?
    var entriesSeen: Int
    var entriesStored: Int
    var addedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let url = Column(CodingKeys.url)
        static let nextDue = Column(CodingKeys.nextDue)
        static let disabled = Column(CodingKeys.disabled)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var feed: FollowedFeed {
        FollowedFeed(
            id: id ?? 0, url: url, title: title, kind: kind, etag: etag, lastModified: lastModified,
            lastStatus: lastStatus, lastFailed: lastFailed, consecutiveFailures: consecutiveFailures, disabled: disabled,
            refreshSeconds: refreshSeconds, nextDue: nextDue, lastPolled: lastPolled, entriesSeen: entriesSeen,
            entriesStored: entriesStored, addedAt: addedAt)
    }
}
