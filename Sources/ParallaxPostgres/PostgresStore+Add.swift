import Foundation
import ParallaxClustering
import ParallaxReading
import ParallaxStorage
import PostgresNIO

extension PostgresStore {
    /// One writer's turn (see the README, "Many writers, one result"): inside one transaction, take the assignment
    /// lock, replay into the clusterer the articles other writers committed since its last turn (in arrival order,
    /// which is commit order), place the batch, insert it under the next arrivals, commit. The lock is released by
    /// the commit, so the next writer's statements see every row of this turn.
    public func add(_ batch: [IncomingArticle], clusterer: CorpusClusterer) async throws -> [IngestOutcome] {
        guard !clusterer.isSpoiled else {
            throw StoreError(location: location, reason: .outOfStep("a clusterer whose write failed was used again"))
        }
        let now = Date()
        let location = location
        let logger = logger
        do {
            return try await turn { connection in
                // First statement of the transaction, which runs in READ COMMITTED: every later statement reads a
                // snapshot taken after the lock was granted, so after the previous holder's commit.
                try await connection.query("SELECT pg_advisory_xact_lock(\(AdvisoryLock.assignment))", logger: logger).drain()
                // The articles other writers committed since this clusterer last saw the store.
                try await Self.replay(into: clusterer, location: location, progress: nil) {
                    try await connection.query($0, logger: logger).collect()
                }
                var planner = BatchPlanner(
                    byID: try await Self.placements(connection, column: "id", values: batch.map(\.article.id), logger: logger),
                    byURL: try await Self.placements(
                        connection, column: "canonical_url", values: batch.compactMap(\.canonicalURL), logger: logger),
                    byHash: try await Self.originals(connection, hashes: batch.compactMap(\.contentHash), logger: logger))
                planner.plan(batch, clusterer: clusterer)
                try await Self.insert(planner.rows, at: now, connection, logger: logger)
                if clusterer.isSaveDue { try await Self.saveState(of: clusterer, connection, logger: logger) }
                return planner.outcomes
            }
        } catch {
            clusterer.spoil()
            throw storeError(error)
        }
    }

    public func saveClusteringState(_ clusterer: CorpusClusterer) async throws {
        guard !clusterer.isSpoiled else { return }
        let logger = logger
        try await turn { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(AdvisoryLock.assignment))", logger: logger).drain()
            try await Self.saveState(of: clusterer, connection, logger: logger)
        }
    }

    public func clusterer(progress: (@Sendable (Int) -> Void)?) async throws -> CorpusClusterer {
        let location = location
        return try await using { client in
            var clusterer = CorpusClusterer(StoryClusterer(), arrivals: 0, savedAt: 0)
            // A state that cannot be read (written by another version) is rebuilt from the articles: they are the
            // truth, the state only saves time.
            if let saved = try await Self.savedState(client),
               let restored = try? StoryClusterer(snapshot: saved.bytes), restored.articleCount == saved.arrivals
            {
                clusterer = CorpusClusterer(restored, arrivals: saved.arrivals, savedAt: saved.arrivals)
            }
            try await Self.replay(into: clusterer, location: location, progress: progress) { try await client.query($0).collect() }
            return clusterer
        }
    }

    /// Places every stored article after the clusterer's last into it, in arrival order. Committed arrivals are
    /// always 1…N without a gap (a writer commits its arrivals before the next writer may take the following
    /// ones), so a gap means rows were deleted or a month detached, and the clusterer cannot be made whole.
    static func replay(into clusterer: CorpusClusterer, location: String, progress: (@Sendable (Int) -> Void)?,
                       _ run: ArticlesByKey.Run) async throws {
        let stored = try await run("SELECT coalesce(max(arrival), 0) FROM article_key").first?.decode(Int.self) ?? 0
        guard stored >= clusterer.arrivals else {
            throw StoreError(location: location, reason: .outOfStep(
                "the store holds \(stored) articles but the clusterer has placed \(clusterer.arrivals); articles were removed"))
        }
        func missing() -> StoreError {
            StoreError(location: location, reason: .outOfStep(
                "article \(clusterer.arrivals + 1) is missing from the articles (rows were deleted or its month detached)"))
        }
        var replayed = 0
        while clusterer.arrivals < stored {
            let page = try await ArticlesByKey.page(after: clusterer.arrivals, through: stored, run)
            guard !page.isEmpty else { throw missing() }
            for article in page {
                guard article.arrival == clusterer.arrivals + 1 else { throw missing() }
                _ = clusterer.place(article.article)
            }
            replayed += page.count
            progress?(replayed)
        }
    }

    /// Where the stored articles with these values of `column` (id or canonical_url) sit, keyed by that value.
    static func placements(_ connection: PostgresConnection, column: String, values: [String], logger: Logger)
        async throws -> [String: BatchPlanner.Placement]
    {
        guard !values.isEmpty else { return [:] }
        var found: [String: BatchPlanner.Placement] = [:]
        let rows = try await connection.query(
            "SELECT \(unescaped: column), id, story, event, duplicate_of FROM article_key WHERE \(unescaped: column) = ANY(\(values))",
            logger: logger)
        for try await (key, id, story, event, duplicateOf) in rows.decode((String, String, String, String, String?).self) {
            found[key] = BatchPlanner.Placement(id: id, story: story, event: event, duplicateOf: duplicateOf)
        }
        return found
    }

    /// The earliest article (the root of its copies) of each content hash.
    static func originals(_ connection: PostgresConnection, hashes: [String], logger: Logger) async throws -> [String: String] {
        guard !hashes.isEmpty else { return [:] }
        var found: [String: String] = [:]
        let rows = try await connection.query("""
            SELECT content_hash, id, duplicate_of FROM article_key WHERE content_hash = ANY(\(hashes)) ORDER BY arrival
            """, logger: logger)
        for try await (hash, id, duplicateOf) in rows.decode((String, String, String?).self) where found[hash] == nil {
            found[hash] = duplicateOf ?? id
        }
        return found
    }

    static func insert(_ rows: [BatchPlanner.Row], at now: Date, _ connection: PostgresConnection, logger: Logger) async throws {
        guard !rows.isEmpty else { return }
        try await MonthPartitions.ensure(months: Set(rows.compactMap { $0.incoming.article.date }.map(MonthPartitions.Month.init)),
                                         connection, logger: logger)
        try await SummaryUpdates.apply(rows, connection, logger: logger)
        let keyColumns = ["arrival", "id", "canonical_url", "content_hash", "published", "story", "event", "duplicate_of"]
        let articleColumns = [
            "arrival", "published", "id", "title", "text", "date", "time", "url", "canonical_url", "outlet", "language",
            "agency", "dateline", "byline", "content_hash", "ingested_at", "story", "event", "duplicate_of",
        ]
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement(columns: articleColumns.count)) {
            let chunk = rows[start..<min(start + rowsPerStatement(columns: articleColumns.count), rows.count)]
            // Identity first: a second writer of the same article (impossible under the lock, but not left to it)
            // fails here on the unique constraints, and the whole batch rolls back.
            try await connection.query(multiRowInsert(
                into: "article_key", columns: keyColumns, casts: ["published": "date"],
                rows: chunk.map { row in
                    [.integer(row.arrival), .text(row.incoming.article.id), .text(row.incoming.canonicalURL),
                     .text(row.incoming.contentHash), .text(row.incoming.article.date?.description),
                     .text(row.placement.story), .text(row.placement.event), .text(row.placement.duplicateOf)]
                }), logger: logger).drain()
            try await connection.query(multiRowInsert(
                into: "article", columns: articleColumns, casts: ["published": "date"],
                rows: chunk.map { row in
                    let article = row.incoming.article
                    return [
                        .integer(row.arrival), .text(article.date?.description), .text(article.id),
                        .text(article.title.map(storable)), .text(storable(article.text)), .text(article.date?.description), .text(article.time), .text(article.url),
                        .text(row.incoming.canonicalURL), .text(article.outlet), .text(article.language),
                        .text(article.agency), .text(article.dateline), .text(article.byline),
                        .text(row.incoming.contentHash), .timestamp(now), .text(row.placement.story),
                        .text(row.placement.event), .text(row.placement.duplicateOf),
                    ]
                }), logger: logger).drain()
        }
    }

    /// Saves the clusterer's state unless a later one is saved already.
    static func saveState(of clusterer: CorpusClusterer, _ connection: PostgresConnection, logger: Logger) async throws {
        let saved = try await connection.query("SELECT arrivals FROM clustering_state", logger: logger)
            .decode(Int.self).collect().first ?? -1
        guard clusterer.arrivals > saved else { return }
        let (arrivals, bytes) = clusterer.snapshot()
        try await connection.query("DELETE FROM clustering_state_chunk", logger: logger).drain()
        let size = 4 << 20
        for (number, start) in stride(from: 0, to: bytes.count, by: size).enumerated() {
            let chunk = Data(bytes[start..<min(start + size, bytes.count)])
            try await connection.query(
                "INSERT INTO clustering_state_chunk (number, bytes) VALUES (\(number), \(chunk))", logger: logger).drain()
        }
        try await connection.query("""
            INSERT INTO clustering_state (id, arrivals, byte_count, saved_at) VALUES (1, \(arrivals), \(bytes.count), \(Date()))
            ON CONFLICT (id) DO UPDATE SET arrivals = excluded.arrivals, byte_count = excluded.byte_count,
                saved_at = excluded.saved_at
            """, logger: logger).drain()
        clusterer.markSaved(at: arrivals)
    }

    /// The saved state and the arrival it is of, when one is saved whole.
    static func savedState(_ client: PostgresClient) async throws -> (arrivals: Int, bytes: [UInt8])? {
        guard let (arrivals, byteCount) = try await client.query("SELECT arrivals, byte_count FROM clustering_state")
            .decode((Int, Int).self).collect().first
        else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        for try await chunk in try await client.query("SELECT bytes FROM clustering_state_chunk ORDER BY number").decode(Data.self) {
            bytes += chunk
        }
        return bytes.count == byteCount ? (arrivals, bytes) : nil
    }
}
