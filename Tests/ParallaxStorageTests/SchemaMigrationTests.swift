import Foundation
import GRDB
import Testing
import ParallaxClustering
import ParallaxReading
@testable import ParallaxStorage

/// Stores made by an earlier Parallax are brought up to date when opened, and keep what they held.
@Suite("Schema migrations")
struct SchemaMigrationTests {
    /// The first released step; its name never changes.
    static let v1 = "v1: articles, stories, events, clustering state, search"

    static let articles: [Article] = {
        var articles = TestArticles.stream(40)
        articles[5].text = "Сердюков заявил: « Nous ne céderons pas » — 東京 🇫🇷 e\u{301}"
        articles[9].text = articles[9].text + String(repeating: " The longer version goes on.", count: 20_000)
        return articles
    }()

    /// A store as Parallax wrote it under schema v1 (text stored plain), holding `count` articles placed by one
    /// clusterer, its clustering state never saved (so that opening replays the articles).
    static func makeV1Store(at path: String, count: Int) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator().migrate(queue, upTo: v1)
        var clusterer = StoryClusterer()
        try queue.write { db in
            for (index, article) in articles[..<count].enumerated() {
                let arrival = index + 1
                let placed = clusterer.add(article)
                var story = try StoryRecord.fetchOne(db, key: placed.story) ?? StoryRecord(id: placed.story, arrival: arrival)
                story.add(article, arrival: arrival)
                try story.save(db)
                var event = try EventRecord.fetchOne(db, key: placed.event)
                    ?? EventRecord(id: placed.event, story: placed.story, arrival: arrival)
                event.add(article, arrival: arrival)
                try event.save(db)
                let incoming = IncomingArticle(article)
                try db.execute(
                    sql: """
                        INSERT INTO article (arrival, id, title, text, date, url, canonicalURL, outlet, language,
                                             contentHash, ingestedAt, story, event, duplicateOf)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        arrival, article.id, article.title, article.text, article.date?.description, article.url,
                        incoming.canonicalURL, article.outlet, article.language, incoming.contentHash, Date(), placed.story,
                        placed.event,
                        placed.duplicateOf,
                    ])
            }
        }
    }

    static func ftsIsConsistent(_ store: SQLiteStore) async throws -> Bool {
        // Rank 1: the index is checked against the text the content view gives, not only against itself.
        do {
            try await store.database.write { db in
                try db.execute(sql: "INSERT INTO articleFTS (articleFTS, rank) VALUES ('integrity-check', 1)")
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return false
        }
    }

    @Test func aV1StoreKeepsItsArticlesTextAndSearch() async throws {
        let path = try StoreFileTests.temporaryPath("v1.sqlite")
        try Self.makeV1Store(at: path, count: 30)
        let store = try SQLiteStore(path: path, mode: .existing)

        // First the page export reads (`SELECT *`): its reader must not know the table as it was before.
        let exported = try await store.articles(matching: ArticleFilter(), after: 0, limit: 100)
        #expect(exported.map(\.article.text) == Self.articles[..<30].map(\.text))
        for article in Self.articles[..<30] {
            #expect(try await store.article(id: article.id)?.article.text == article.text)
        }
        #expect(try await Self.ftsIsConsistent(store))
        let hits = try await store.search(SearchQuery(text: "céderons"))
        #expect(hits.map(\.article.id) == [Self.articles[5].id])
        #expect(hits.first?.snippet.filter(\.highlighted).map(\.text) == ["céderons"])
        let columns = try await store.database.read { db in try db.columns(in: "article").map(\.name) }
        #expect(columns.contains("compressedText") && !columns.contains("text"))
    }

    /// The migrated store goes on: its articles are replayed into the clusterer (their text decompressed), and
    /// ingest continues as one clusterer over every article would have.
    @Test func aV1StoreGoesOnAsOneRunWould() async throws {
        let path = try StoreFileTests.temporaryPath("v1-continued.sqlite")
        try Self.makeV1Store(at: path, count: 25)
        let store = try SQLiteStore(path: path, mode: .existing)
        let outcomes = try await store.add(TestArticles.incoming(Array(Self.articles[25...])), clusterer: try await store.clusterer())

        var clusterer = StoryClusterer()
        let expected = Self.articles.map { clusterer.add($0) }[25...]
        #expect(outcomes.map { "\($0.id) \($0.story) \($0.event) \($0.duplicateOf ?? "-")" }
            == expected.map { "\($0.article) \($0.story) \($0.event) \($0.duplicateOf ?? "-")" })
        #expect(try await store.statistics().articles == Self.articles.count)
        #expect(try await Self.ftsIsConsistent(store))
    }

    @Test(arguments: [StoreKind.sqliteInMemory, .sqliteFile])
    func theSearchIndexMatchesTheStoredTextAfterIngest(kind: StoreKind) async throws {
        let store = try #require(try await kind.makeStore() as? SQLiteStore)
        _ = try await store.add(TestArticles.incoming(Self.articles), clusterer: try await store.clusterer())
        #expect(try await Self.ftsIsConsistent(store))
        // The check can fail: text changed behind the index's back (the triggers dropped) is found.
        try await store.database.write { db in
            try db.execute(sql: "DROP TRIGGER article_afterUpdate")
            db.add(function: .compressText)
            try db.execute(sql: "UPDATE article SET compressedText = compressText('other words') WHERE arrival = 1")
        }
        #expect(try await !Self.ftsIsConsistent(store))
    }

    /// Seen entries were one row a key (the first feed's) until "v5": a store from then keeps every one, still
    /// owned by its feed, and feeds can mark the same key from then on.
    @Test func seenEntriesOfAV4StoreStaySeenByTheirFeed() async throws {
        let path = try StoreFileTests.temporaryPath("v4.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try await queue.writeWithoutTransaction { db in db.add(function: .decompressText) }  // as SQLiteStore does
            try SQLiteMigrations.migrator().migrate(queue, upTo: "v4: followed feeds")
            try await queue.write { db in
                try db.execute(sql: """
                    INSERT INTO followedFeed (id, url, nextDue, addedAt) VALUES (1, 'https://a.example/feed.xml', 0, 0),
                                                                             (2, 'https://b.example/rss', 0, 0);
                    INSERT INTO seenEntry (key, feed, seenAt) VALUES ('url https://example.com/1', 1, 0),
                                                                     ('guid 2 x', 2, 0);
                    """)
            }
        }
        let store = try SQLiteStore(path: path, mode: .existing)
        #expect(try await store.seenEntryKeys(among: ["url https://example.com/1", "guid 2 x"], feed: 1) == ["url https://example.com/1"])
        #expect(try await store.seenEntryKeys(among: ["url https://example.com/1", "guid 2 x"], feed: 2) == ["guid 2 x"])
        try await store.markEntriesSeen(["url https://example.com/1"], feed: 2, at: Date())
        #expect(try await store.unfollow([1]) == 1)
        #expect(try await store.seenEntryKeys(among: ["url https://example.com/1", "guid 2 x"]) == ["url https://example.com/1", "guid 2 x"])
    }
}
