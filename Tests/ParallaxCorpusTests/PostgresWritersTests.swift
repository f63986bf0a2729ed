import Foundation
import ParallaxPostgres
import ParallaxReading
import ParallaxStorage
import PostgresTestSupport
import Testing
@testable import ParallaxCorpus

/// Many writers on one PostgreSQL database: real `parallax ingest` processes, at once or killed part-way, leave
/// every article once, and the stories and events one clusterer gives over the articles in the order the database
/// committed them (arrival order).
@Suite("PostgreSQL: many writers, one result", .enabled(
    if: PostgresTestDatabase.isAvailable && FileManager.default.isExecutableFile(atPath: CorpusFixtures.executable),
    Comment(rawValue: PostgresTestDatabase.skipReason + " (and swift build for the parallax executable)")))
struct PostgresWritersTests {
    /// Articles in the stream; `PARALLAX_TEST_STREAM` raises it (the README's figures use 20,000).
    static let articleCount = ProcessInfo.processInfo.environment["PARALLAX_TEST_STREAM"].flatMap(Int.init) ?? 2_000
    /// How long an ingest of the stream may take before the test fails (a debug build beside other work took 35
    /// minutes for 20,000).
    static var ingestSeconds: Double { Double(articleCount) * 0.3 + 600 }

    static func ingest(_ input: String, into address: PostgresAddress, output: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        process.arguments = ["ingest", "--json", "--batch-size", "50", "--db", "postgres://\(address.user)@\(address.host):\(address.port)/\(address.database)", input]
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The stored articles in arrival (commit) order.
    static func storedInArrivalOrder(_ corpus: Corpus) async throws -> [StoredArticle] {
        var stored: [StoredArticle] = []
        try await corpus.export { stored.append($0) }
        return stored
    }

    /// What one clusterer gives over the original articles taken in the order the store holds them.
    static func replayInCommitOrder(_ stored: [StoredArticle], originals: [Article]) -> [String: String] {
        let byID = Dictionary(uniqueKeysWithValues: originals.map { ($0.id, $0) })
        return CorpusFixtures.clustererPlacements(stored.compactMap { byID[$0.id] })
    }

    @Test func twoConcurrentIngestsOfInterleavedHalvesStoreEachArticleOnceAsOneProcessWould() async throws {
        let address = try await PostgresTestDatabase.make()
        let folder = try CorpusFixtures.folder()
        let articles = CorpusFixtures.stream(Self.articleCount)
        let halves = [
            try CorpusFixtures.write(articles.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                                     to: folder.appendingPathComponent("even.jsonl")),
            try CorpusFixtures.write(articles.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
                                     to: folder.appendingPathComponent("odd.jsonl")),
        ]
        // Made before the workers start, so that both find the schema (they would also wait for each other).
        let corpus = try Corpus(location: .postgres(address), mode: .createIfMissing)
        _ = try await corpus.statistics()
        let workers = try halves.map { try Self.ingest($0, into: address) }
        for worker in workers { #expect(try await CorpusFixtures.exited(worker, within: Self.ingestSeconds)) }
        #expect(workers.map(\.terminationStatus) == [0, 0])

        let stored = try await Self.storedInArrivalOrder(corpus)
        #expect(stored.count == Self.articleCount)
        #expect(Set(stored.map(\.id)).count == Self.articleCount)
        #expect(stored.map(\.arrival) == Array(1...Self.articleCount))
        let distinct = try await PostgresTestDatabase.rows("SELECT count(DISTINCT id) FROM article", as: Int.self, in: address)
        #expect(distinct == [Self.articleCount])
        // The turns interleaved: the arrival order switches between the halves more than once.
        let halfOf = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($0.element.id, $0.offset % 2) })
        let switches = zip(stored, stored.dropFirst()).filter { halfOf[$0.id] != halfOf[$1.id] }.count
        #expect(switches > 1)
        let placements = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, "\($0.story) \($0.event)") })
        #expect(placements == Self.replayInCommitOrder(stored, originals: articles))
        await (corpus.store as? PostgresStore)?.close()
    }

    @Test func aKilledIngestLeavesNothingHalfWrittenAndARerunStoresEveryArticleOnce() async throws {
        let address = try await PostgresTestDatabase.make()
        let folder = try CorpusFixtures.folder()
        let articles = CorpusFixtures.stream(Self.articleCount)
        let input = try CorpusFixtures.write(articles, to: folder.appendingPathComponent("stream.jsonl"))
        let corpus = try Corpus(location: .postgres(address), mode: .createIfMissing)
        _ = try await corpus.statistics()

        let worker = try Self.ingest(input, into: address)
        var count = 0
        let deadline = Date().addingTimeInterval(120)
        while count < 200, worker.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
            count = try await corpus.statistics().articles
        }
        #expect(worker.isRunning, "the ingest ended before it could be killed; make the stream longer")
        kill(worker.processIdentifier, SIGKILL)
        #expect(try await CorpusFixtures.exited(worker, within: 60))
        // Whole batches only: every article committed has its identity, its row and its story and event.
        let afterKill = try await Self.storedInArrivalOrder(corpus)
        #expect(afterKill.count < Self.articleCount)
        #expect(afterKill.map(\.arrival) == Array(0..<afterKill.count).map { $0 + 1 })
        let keys = try await PostgresTestDatabase.rows("SELECT count(*) FROM article_key", as: Int.self, in: address)
        #expect(keys == [afterKill.count])
        let counted = try await PostgresTestDatabase.rows("SELECT coalesce(sum(article_count), 0)::bigint FROM story", as: Int.self, in: address)
        #expect(counted == [afterKill.count])

        let rerun = try Self.ingest(input, into: address)
        #expect(try await CorpusFixtures.exited(rerun, within: Self.ingestSeconds))
        #expect(rerun.terminationStatus == 0)
        let stored = try await Self.storedInArrivalOrder(corpus)
        #expect(stored.count == Self.articleCount)
        #expect(Set(stored.map(\.id)).count == Self.articleCount)
        let placements = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, "\($0.story) \($0.event)") })
        #expect(placements == Self.replayInCommitOrder(stored, originals: articles))
        await (corpus.store as? PostgresStore)?.close()
    }
}
