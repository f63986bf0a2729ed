import Foundation
import Testing
import ParallaxReading
import ParallaxStorage
@testable import ParallaxCorpus

@Suite("Ingest into a corpus")
struct IngestTests {
    static func corpus(in folder: URL) throws -> Corpus {
        try Corpus(location: .sqlite(folder.appendingPathComponent("corpus.sqlite").path), mode: .createIfMissing)
    }

    static func placements(_ corpus: Corpus) async throws -> [String: String] {
        var placements: [String: String] = [:]
        try await corpus.export { placements[$0.id] = "\($0.story) \($0.event)" }
        return placements
    }

    @Test func theSeedsBecomeOneStoryOfTwoEventsWithItsReport() async throws {
        let corpus = try Self.corpus(in: try CorpusFixtures.folder())
        let summary = try await corpus.ingest(paths: [CorpusFixtures.samples])
        #expect((summary.read, summary.stored, summary.alreadyStored, summary.failed) == (3, 3, 0, 0))
        let stories = try await corpus.stories()
        // The French page is AFP's report told in French: it joins AFP's event, by the names both carry.
        #expect(stories.count == 1)
        let seeds = try #require(stories.first { $0.outlets.contains("AFP") })
        #expect(seeds.outlets.sorted() == ["AFP", "AP", "www.example-quotidien.fr"])
        #expect(seeds.eventCount == 2)
        guard case .story(let detail) = try await corpus.show(id: seeds.id) else {
            Issue.record("s… is not shown as a story")
            return
        }
        #expect(detail.events.map { $0.articles.count } == [1, 2])
        let (report, compared, total) = try await corpus.report(id: seeds.id)
        #expect((compared, total) == (3, 3))
        #expect(report.renderJSON().contains("outright lies"))
        let again = try await corpus.ingest(paths: [CorpusFixtures.samples])
        #expect((again.stored, again.alreadyStored) == (0, 3))
    }

    @Test func badRecordsAreReportedByLineAndTheRestStored() async throws {
        let folder = try CorpusFixtures.folder()
        let articles = CorpusFixtures.stream(6)
        var lines = articles.map(\.jsonLine)
        lines.insert("{\"id\": \"broken\", \"text\": ", at: 2)
        lines.append(articles[0].jsonLine)  // the same ID again in one input
        let path = folder.appendingPathComponent("mixed.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var failures: [String] = []
        let corpus = try Self.corpus(in: folder)
        let summary = try await corpus.ingest(paths: [path], events: IngestEvents(failure: { failures.append($0) }))
        #expect((summary.stored, summary.failed) == (6, 2))
        #expect(failures.count == 2)
        #expect(failures.first?.hasPrefix(path + ":3: malformed JSON") == true)
        #expect(failures.last?.contains(articles[0].id) == true)
        #expect(summary.failureReasons.map(\.reason) == ["malformed JSON", "ID used twice in the input"])
    }

    /// `ingest a; ingest b` gives the stories and events of `ingest a b`, and of one clusterer over a then b.
    @Test func twoIngestsGiveThePartitionOfOne() async throws {
        let folder = try CorpusFixtures.folder()
        let articles = CorpusFixtures.stream(40)
        let first = try CorpusFixtures.write(Array(articles[..<17]), to: folder.appendingPathComponent("a.jsonl"))
        let second = try CorpusFixtures.write(Array(articles[17...]), to: folder.appendingPathComponent("b.jsonl"))

        let split = try Corpus(location: .sqlite(folder.appendingPathComponent("split.sqlite").path), mode: .createIfMissing)
        _ = try await split.ingest(paths: [first])
        _ = try await split.ingest(paths: [second])
        let whole = try Corpus(location: .sqlite(folder.appendingPathComponent("whole.sqlite").path), mode: .createIfMissing)
        _ = try await whole.ingest(paths: [first, second], options: { var o = IngestOptions(); o.batchSize = 5; return o }())

        let expected = CorpusFixtures.clustererPlacements(articles)
        #expect(try await Self.placements(split) == expected)
        #expect(try await Self.placements(whole) == expected)
    }

    @Test func aFolderWithNothingReadableIsAFailure() async throws {
        let folder = try CorpusFixtures.folder()
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let summary = try await Self.corpus(in: folder).ingest(paths: [empty.path])
        #expect(summary.failed == 1)
        #expect(summary.failureReasons.first?.reason == "nothing readable in a folder")
    }

    @Test func unknownIDsSayWhatToDo() async throws {
        let corpus = try Self.corpus(in: try CorpusFixtures.folder())
        _ = try await corpus.ingest(paths: [CorpusFixtures.samples])
        await #expect(throws: CorpusError.unknownID("s999")) { try await corpus.show(id: "s999") }
        await #expect(throws: CorpusError.unknownID("nope")) { try await corpus.report(id: "nope") }
    }
}
