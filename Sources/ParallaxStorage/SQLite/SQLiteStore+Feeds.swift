import Foundation
import GRDB

extension SQLiteStore {
    public func follow(_ urls: [String], at date: Date) async throws -> [FollowOutcome] {
        try await mapErrors {
            try await database.write { db in
                try urls.map { url in
                    if var record = try FollowedFeedRecord.filter(FollowedFeedRecord.Columns.url == url).fetchOne(db) {
                        guard record.disabled else { return FollowOutcome(feed: record.feed, status: .alreadyFollowed) }
                        record.disabled = false
                        record.consecutiveFailures = 0
                        record.nextDue = date
                        try record.update(db)
                        return FollowOutcome(feed: record.feed, status: .enabledAgain)
                    }
                    var record = FollowedFeedRecord(
                        id: nil, url: url, lastFailed: false, consecutiveFailures: 0, disabled: false, nextDue: date,
                        entriesSeen: 0, entriesStored: 0, addedAt: date)
                    try record.insert(db)
                    return FollowOutcome(feed: record.feed, status: .added)
                }
            }
        }
    }

    public func followedFeeds() async throws -> [FollowedFeed] {
        try await mapErrors {
            try await database.read { db in
                try FollowedFeedRecord.order(FollowedFeedRecord.Columns.id).fetchAll(db).map(\.feed)
            }
        }
    }

    public func feedsDue(at date: Date) async throws -> [FollowedFeed] {
        try await mapErrors {
            try await database.read { db in
                try FollowedFeedRecord
                    .filter(FollowedFeedRecord.Columns.disabled == false && FollowedFeedRecord.Columns.nextDue <= date)
                    .order(FollowedFeedRecord.Columns.nextDue, FollowedFeedRecord.Columns.id)
                    .fetchAll(db).map(\.feed)
            }
        }
    }

    public func record(_ poll: FeedPollRecord) async throws -> FollowedFeed {
        try await mapErrors {
            try await database.write { db in
                guard var record = try FollowedFeedRecord.fetchOne(db, key: poll.feedID) else {
                    throw StoreError(location: location, reason: .unreadable("no followed feed has the ID \(poll.feedID)"))
                }
                if let title = poll.title { record.title = title }
                if let kind = poll.kind { record.kind = kind }
                if poll.replacesValidators {
                    record.etag = poll.etag
                    record.lastModified = poll.lastModified
                }
                if let refresh = poll.refreshSeconds { record.refreshSeconds = refresh }
                record.lastStatus = poll.status
                record.lastFailed = poll.failed
                record.consecutiveFailures = poll.consecutiveFailures
                record.disabled = poll.disabled
                record.nextDue = poll.nextDue
                record.lastPolled = poll.polledAt
                record.entriesSeen += poll.entriesSeen
                record.entriesStored += poll.entriesStored
                try record.update(db)
                return record.feed
            }
        }
    }

    public func seenEntryKeys(among keys: [String]) async throws -> Set<String> {
        try await seenEntryKeys(among: keys, condition: "", arguments: [])
    }

    public func seenEntryKeys(among keys: [String], feed: Int64) async throws -> Set<String> {
        try await seenEntryKeys(among: keys, condition: "AND feed = ?", arguments: [feed])
    }

    private func seenEntryKeys(among keys: [String], condition: String, arguments: StatementArguments) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await mapErrors {
            try await database.read { db in
                var seen = Set<String>()
                // Bounded statements: SQLite allows only so many parameters in one.
                for start in stride(from: 0, to: keys.count, by: 500) {
                    let chunk = Array(keys[start..<min(start + 500, keys.count)])
                    let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    seen.formUnion(try String.fetchAll(
                        db, sql: "SELECT DISTINCT key FROM seenEntry WHERE key IN (\(placeholders)) \(condition)",
                        arguments: StatementArguments(chunk) + arguments))
                }
                return seen
            }
        }
    }

    public func moveFeed(_ id: Int64, to url: String) async throws -> Bool {
        try await mapErrors {
            try await database.write { db in
                if try FollowedFeedRecord.filter(FollowedFeedRecord.Columns.url == url).fetchCount(db) > 0 { return false }
                try db.execute(sql: "UPDATE followedFeed SET url = ? WHERE id = ?", arguments: [url, id])
                return db.changesCount > 0
            }
        }
    }

    public func unfollow(_ ids: [Int64]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await mapErrors {
            try await database.write { db in
                var removed = 0
                for id in ids {
                    // Only this feed's marks: an entry another feed also marked stays seen.
                    try db.execute(sql: "DELETE FROM seenEntry WHERE feed = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM followedFeed WHERE id = ?", arguments: [id])
                    removed += db.changesCount
                }
                return removed
            }
        }
    }

    public func markEntriesSeen(_ keys: [String], feed: Int64, at date: Date) async throws {
        guard !keys.isEmpty else { return }
        try await mapErrors {
            try await database.write { db in
                for key in keys {
                    try db.execute(sql: "INSERT OR IGNORE INTO seenEntry (key, feed, seenAt) VALUES (?, ?, ?)",
                                   arguments: [key, feed, date])
                }
            }
        }
    }
}
