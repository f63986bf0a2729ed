import Foundation
import GRDB
import Testing
import ParallaxStorage
@testable import ParallaxCorpus

/// A real `parallax ingest` killed part-way (SIGKILL, no chance to clean up) leaves a store that opens, passes
/// SQLite's integrity check, holds every article it reported stored, and that the same command completes.
@Suite("Crash safety")
struct CrashTests {
    static let articleCount = 1_500

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CorpusFixtures.executable), "needs the parallax executable: swift build"))
    func aKilledIngestLosesNothingItReportedAndCompletesWhenRunAgain() async throws {
        let folder = try CorpusFixtures.folder()
        let articles = CorpusFixtures.stream(Self.articleCount)
        let input = try CorpusFixtures.write(articles, to: folder.appendingPathComponent("stream.jsonl"))
        let store = folder.appendingPathComponent("crash.sqlite").path
        let arguments = ["ingest", "--json", "--batch-size", "50", "--db", store, input]

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some batches are in, well before the end.
        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while stored < 200, process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
            stored = (try? await DatabaseQueue(path: store).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }) ?? 0
        }
        #expect(process.isRunning, "the ingest ended before it could be killed; make the input longer")
        kill(process.processIdentifier, SIGKILL)
        #expect(try await CorpusFixtures.exited(process, within: 30))
        // Lines of articles it stored (not those it found already stored).
        let reported = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").filter { $0.contains("\"status\":\"new\"") || $0.contains("\"status\":\"copy\"") }.count

        let database = try DatabaseQueue(path: store)
        #expect(try await database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        let afterKill = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
        #expect(reported > 0)
        #expect(afterKill >= reported)
        #expect(afterKill < Self.articleCount)

        let rerun = Process()
        rerun.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        rerun.arguments = arguments
        rerun.standardOutput = FileHandle.nullDevice
        rerun.standardError = FileHandle.nullDevice
        try rerun.run()
        #expect(try await CorpusFixtures.exited(rerun, within: 600))
        #expect(rerun.terminationStatus == 0)

        let corpus = try Corpus(location: .sqlite(store), mode: .existing)
        #expect(try await corpus.statistics().articles == Self.articleCount)
        #expect(try await IngestTests.placements(corpus) == CorpusFixtures.clustererPlacements(articles))
    }
}
