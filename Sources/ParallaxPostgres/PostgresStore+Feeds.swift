import Foundation
import ParallaxStorage
import PostgresNIO

extension PostgresStore {
    static let feedColumns = """
        id, url, title, kind, etag, last_modified, last_status, last_failed, consecutive_failures, disabled, \
        refresh_seconds, next_due, last_polled, entries_seen, entries_stored, added_at
        """

    static func feed(_ row: PostgresRow) throws -> FollowedFeed {
        let (id, url, title, kind, etag, lastModified, lastStatus, lastFailed) = try row.decode(
            (Int64, String, String?, String?, String?, String?, String?, Bool).self)
        let cells = row.makeRandomAccess()
        return FollowedFeed(
            id: id, url: url, title: title, kind: kind, etag: etag, lastModified: lastModified, lastStatus: lastStatus,
            lastFailed: lastFailed, consecutiveFailures: try cells[8].decode(Int.self),
            disabled: try cells[9].decode(Bool.self), refreshSeconds: try cells[10].decode(Int?.self),
            nextDue: try cells[11].decode(Date.self), lastPolled: try cells[12].decode(Date?.self),
            entriesSeen: try cells[13].decode(Int.self), entriesStored: try cells[14].decode(Int.self),
            addedAt: try cells[15].decode(Date.self))
    }

    public func follow(_ urls: [String], at date: Date) async throws -> [FollowOutcome] {
        let logger = logger
        return try await transaction { connection in
            var outcomes: [FollowOutcome] = []
            for url in urls {
                if let existing = try await connection.query(
                    "SELECT \(unescaped: Self.feedColumns) FROM followed_feed WHERE url = \(url) FOR UPDATE", logger: logger
                ).collect().first.map(Self.feed) {
                    guard existing.disabled else {
                        outcomes.append(FollowOutcome(feed: existing, status: .alreadyFollowed))
                        continue
                    }
                    let enabled = try await connection.query("""
                        UPDATE followed_feed SET disabled = false, consecutive_failures = 0, next_due = \(date)
                        WHERE id = \(existing.id) RETURNING \(unescaped: Self.feedColumns)
                        """, logger: logger).collect().map(Self.feed)
                    outcomes.append(FollowOutcome(feed: enabled[0], status: .enabledAgain))
                    continue
                }
                let added = try await connection.query("""
                    INSERT INTO followed_feed (url, next_due, added_at) VALUES (\(url), \(date), \(date))
                    RETURNING \(unescaped: Self.feedColumns)
                    """, logger: logger).collect().map(Self.feed)
                outcomes.append(FollowOutcome(feed: added[0], status: .added))
            }
            return outcomes
        }
    }

    public func followedFeeds() async throws -> [FollowedFeed] {
        try await using { client in
            try await client.query("SELECT \(unescaped: Self.feedColumns) FROM followed_feed ORDER BY id")
                .collect().map(Self.feed)
        }
    }

    public func feedsDue(at date: Date) async throws -> [FollowedFeed] {
        try await using { client in
            try await client.query("""
                SELECT \(unescaped: Self.feedColumns) FROM followed_feed WHERE NOT disabled AND next_due <= \(date)
                ORDER BY next_due, id
                """).collect().map(Self.feed)
        }
    }

    public func record(_ poll: FeedPollRecord) async throws -> FollowedFeed {
        let location = location
        let updated = try await using { client in
            try await client.query("""
                UPDATE followed_feed SET
                    title = coalesce(\(poll.title), title),
                    kind = coalesce(\(poll.kind), kind),
                    etag = CASE WHEN \(poll.replacesValidators) THEN \(poll.etag) ELSE etag END,
                    last_modified = CASE WHEN \(poll.replacesValidators) THEN \(poll.lastModified) ELSE last_modified END,
                    refresh_seconds = coalesce(\(poll.refreshSeconds)::integer, refresh_seconds),
                    last_status = \(poll.status), last_failed = \(poll.failed),
                    consecutive_failures = \(poll.consecutiveFailures), disabled = \(poll.disabled),
                    next_due = \(poll.nextDue), last_polled = \(poll.polledAt),
                    entries_seen = entries_seen + \(poll.entriesSeen),
                    entries_stored = entries_stored + \(poll.entriesStored)
                WHERE id = \(poll.feedID)
                RETURNING \(unescaped: Self.feedColumns)
                """).collect().map(Self.feed)
        }
        guard let feed = updated.first else {
            throw StoreError(location: location, reason: .unreadable("no followed feed has the ID \(poll.feedID)"))
        }
        return feed
    }

    public func seenEntryKeys(among keys: [String]) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await using { client in
            Set(try await client.query("SELECT DISTINCT key FROM seen_entry WHERE key = ANY(\(keys))").decode(String.self).collect())
        }
    }

    public func seenEntryKeys(among keys: [String], feed: Int64) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await using { client in
            Set(try await client.query("SELECT key FROM seen_entry WHERE key = ANY(\(keys)) AND feed = \(feed)")
                .decode(String.self).collect())
        }
    }

    public func moveFeed(_ id: Int64, to url: String) async throws -> Bool {
        let logger = logger
        return try await transaction { connection in
            let taken = try await connection.query(
                "SELECT id FROM followed_feed WHERE url = \(url) FOR UPDATE", logger: logger).collect()
            guard taken.isEmpty else { return false }
            let moved = try await connection.query(
                "UPDATE followed_feed SET url = \(url) WHERE id = \(id) RETURNING id", logger: logger).collect()
            return !moved.isEmpty
        }
    }

    public func unfollow(_ ids: [Int64]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let logger = logger
        return try await transaction { connection in
            // Only these feeds' marks: an entry another feed also marked stays seen.
            try await connection.query("DELETE FROM seen_entry WHERE feed = ANY(\(ids))", logger: logger).drain()
            return try await connection.query(
                "DELETE FROM followed_feed WHERE id = ANY(\(ids)) RETURNING id", logger: logger).collect().count
        }
    }

    public func markEntriesSeen(_ keys: [String], feed: Int64, at date: Date) async throws {
        guard !keys.isEmpty else { return }
        try await using { client in
            try await client.query("""
                INSERT INTO seen_entry (key, feed, seen_at) SELECT unnest(\(keys)::text[]), \(feed), \(date)
                ON CONFLICT (key, feed) DO NOTHING
                """).drain()
        }
    }
}
