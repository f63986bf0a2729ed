import Foundation
import GRDB
import ParallaxClustering
import ParallaxReading

extension SQLiteStore {
    public func add(_ batch: [IncomingArticle], clusterer: CorpusClusterer) async throws -> [IngestOutcome] {
        guard !clusterer.isSpoiled else {
            throw StoreError(location: location, reason: .outOfStep("a clusterer whose write failed was used again"))
        }
        let now = Date()
        let location = location
        do {
            return try await database.write { db in
                try Self.catchUp(clusterer, db, location: location)
                var planner = BatchPlanner(
                    byID: try Self.placements(db, column: "id", values: batch.map(\.article.id)),
                    byURL: try Self.placements(db, column: "canonicalURL", values: batch.compactMap(\.canonicalURL)),
                    byHash: try Self.originals(db, hashes: batch.compactMap(\.contentHash)))
                planner.plan(batch, clusterer: clusterer)
                try Self.insert(planner.rows, at: now, db)
                if clusterer.isSaveDue { try Self.saveState(of: clusterer, db) }
                return planner.outcomes
            }
        } catch {
            clusterer.spoil()
            throw storeError(error)
        }
    }

    public func saveClusteringState(_ clusterer: CorpusClusterer) async throws {
        guard !clusterer.isSpoiled else { return }
        try await mapErrors {
            try await database.write { db in try Self.saveState(of: clusterer, db) }
        }
    }

    public func clusterer(progress: (@Sendable (Int) -> Void)?) async throws -> CorpusClusterer {
        try await mapErrors {
            let saved = try await database.read { db -> (arrivals: Int, bytes: [UInt8])? in
                guard let state = try ClusteringStateRecord.fetchOne(db) else { return nil }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(state.byteCount)
                let chunks = try ClusteringStateChunkRecord.order(Column("number")).fetchCursor(db)
                while let chunk = try chunks.next() { bytes += chunk.bytes }
                return bytes.count == state.byteCount ? (state.arrivals, bytes) : nil
            }
            var clusterer = CorpusClusterer(StoryClusterer(), arrivals: 0, savedAt: 0)
            // A state that cannot be read (written by another version) is rebuilt from the articles: they are the
            // truth, the state only saves time.
            if let saved, let restored = try? StoryClusterer(snapshot: saved.bytes), restored.articleCount == saved.arrivals {
                clusterer = CorpusClusterer(restored, arrivals: saved.arrivals, savedAt: saved.arrivals)
            }
            var replayed = 0
            while true {
                let after = clusterer.arrivals
                let page = try await database.read { db in
                    try ArticleRecord.filter(ArticleRecord.Columns.arrival > after)
                        .order(ArticleRecord.Columns.arrival).limit(2_000).fetchAll(db)
                }
                guard !page.isEmpty else { break }
                for record in page {
                    guard record.arrival == clusterer.arrivals + 1 else {
                        throw StoreError(location: location, reason: .outOfStep(
                            "article arrivals are not contiguous (\(record.arrival) after \(clusterer.arrivals)); the store was edited by hand"))
                    }
                    _ = clusterer.place(try record.article())
                }
                replayed += page.count
                progress?(replayed)
            }
            return clusterer
        }
    }

    // MARK: Inside the write transaction

    /// Places the articles other writers stored since this clusterer last saw the store.
    static func catchUp(_ clusterer: CorpusClusterer, _ db: Database, location: String) throws {
        let stored = try Int.fetchOne(db, sql: "SELECT max(arrival) FROM article") ?? 0
        guard stored >= clusterer.arrivals else {
            throw StoreError(location: location, reason: .outOfStep(
                "the store holds \(stored) articles but the clusterer has placed \(clusterer.arrivals); articles were removed"))
        }
        guard stored > clusterer.arrivals else { return }
        let missing = try ArticleRecord.filter(ArticleRecord.Columns.arrival > clusterer.arrivals)
            .order(ArticleRecord.Columns.arrival).fetchCursor(db)
        while let record = try missing.next() { _ = clusterer.place(try record.article()) }
    }

    /// Where the stored articles with these values of `column` (id or canonicalURL) sit, keyed by that value.
    static func placements(_ db: Database, column: String, values: [String]) throws -> [String: BatchPlanner.Placement] {
        guard !values.isEmpty else { return [:] }
        var found: [String: BatchPlanner.Placement] = [:]
        let marks = Array(repeating: "?", count: values.count).joined(separator: ",")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(column) AS key, id, story, event, duplicateOf FROM article WHERE \(column) IN (\(marks))",
            arguments: StatementArguments(values))
        while let row = try rows.next() {
            found[row["key"]] = BatchPlanner.Placement(id: row["id"], story: row["story"], event: row["event"], duplicateOf: row["duplicateOf"])
        }
        return found
    }

    /// The earliest article (the root of its copies) of each content hash.
    static func originals(_ db: Database, hashes: [String]) throws -> [String: String] {
        guard !hashes.isEmpty else { return [:] }
        var found: [String: String] = [:]
        let marks = Array(repeating: "?", count: hashes.count).joined(separator: ",")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT contentHash, id, duplicateOf FROM article WHERE contentHash IN (\(marks)) ORDER BY arrival",
            arguments: StatementArguments(hashes))
        while let row = try rows.next() {
            let hash: String = row["contentHash"]
            if found[hash] == nil { found[hash] = row["duplicateOf"] ?? row["id"] }
        }
        return found
    }

    static func insert(_ rows: [BatchPlanner.Row], at now: Date, _ db: Database) throws {
        guard !rows.isEmpty else { return }
        var stories: [String: StoryRecord] = [:]
        var events: [String: EventRecord] = [:]
        for row in rows {
            let placement = row.placement
            if stories[placement.story] == nil {
                stories[placement.story] = try StoryRecord.fetchOne(db, key: placement.story)
                    ?? StoryRecord(id: placement.story, arrival: row.arrival)
            }
            if events[placement.event] == nil {
                if let event = try EventRecord.fetchOne(db, key: placement.event) {
                    events[placement.event] = event
                } else {
                    events[placement.event] = EventRecord(id: placement.event, story: placement.story, arrival: row.arrival)
                    stories[placement.story]!.eventCount += 1
                }
            }
            stories[placement.story]!.add(row.incoming.article, arrival: row.arrival)
            events[placement.event]!.add(row.incoming.article, arrival: row.arrival)
        }
        // Parents first: articles refer to their story and event.
        for story in stories.values.sorted(by: { $0.firstArrival < $1.firstArrival }) { try story.save(db) }
        for event in events.values.sorted(by: { $0.firstArrival < $1.firstArrival }) { try event.save(db) }
        // One cached statement with explicit arguments: the hot path of ingest, so no record encoding.
        let insert = try db.cachedStatement(sql: """
            INSERT INTO article (arrival, id, title, compressedText, date, time, url, canonicalURL, outlet, language,
                                 agency, dateline, byline, contentHash, ingestedAt, story, event, duplicateOf)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // The search index is given the plain text here, not by a trigger that would decompress it again.
        let index = try db.cachedStatement(sql: "INSERT INTO articleFTS (rowid, title, text) VALUES (?, ?, ?)")
        for row in rows {
            let article = row.incoming.article
            let values: [(any DatabaseValueConvertible)?] = [
                row.arrival, article.id, article.title, row.incoming.compressedText, article.date?.description,
                article.time, article.url, row.incoming.canonicalURL, article.outlet, article.language, article.agency,
                article.dateline, article.byline, row.incoming.contentHash, now, row.placement.story,
                row.placement.event, row.placement.duplicateOf,
            ]
            try insert.execute(arguments: StatementArguments(values))
            try index.execute(arguments: [row.arrival, article.title, article.text])
        }
    }

    /// Saves the clusterer's state unless a later one is saved already. The pages of the state it replaces are
    /// reused by the next one, which is larger: the file does not keep both.
    static func saveState(of clusterer: CorpusClusterer, _ db: Database) throws {
        let saved = try Int.fetchOne(db, sql: "SELECT arrivals FROM clusteringState") ?? -1
        guard clusterer.arrivals > saved else { return }
        let (arrivals, bytes) = clusterer.snapshot()
        try ClusteringStateChunkRecord.deleteAll(db)
        for (number, start) in stride(from: 0, to: bytes.count, by: ClusteringStateChunkRecord.size).enumerated() {
            let end = min(start + ClusteringStateChunkRecord.size, bytes.count)
            try ClusteringStateChunkRecord(number: number, bytes: Data(bytes[start..<end])).insert(db)
        }
        try ClusteringStateRecord(arrivals: arrivals, byteCount: bytes.count, savedAt: Date()).save(db)
        clusterer.markSaved(at: arrivals)
    }
}
