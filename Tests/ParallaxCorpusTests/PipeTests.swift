import Foundation
import Testing
import ParallaxStorage
@testable import ParallaxCorpus

/// `tail -f feed.jsonl | parallax ingest -`: what arrives through a pipe that stays open is stored, and reported,
/// before the pipe closes.
@Suite("Ingest from a pipe")
struct PipeTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CorpusFixtures.executable), "needs the parallax executable: swift build"))
    func articlesFromAnOpenPipeAreStoredAsTheyArrive() async throws {
        let folder = try CorpusFixtures.folder()
        let store = folder.appendingPathComponent("pipe.sqlite").path
        let articles = CorpusFixtures.stream(4)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        process.arguments = ["ingest", "--json", "--db", store, "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Two articles, and the pipe stays open.
        try input.fileHandleForWriting.write(contentsOf: Data((articles[0].jsonLine + "\n" + articles[1].jsonLine + "\n").utf8))
        // Polled, never waited on: if they were held back until the pipe closes, the test fails instead of hanging.
        var stored = 0
        let deadline = Date().addingTimeInterval(60)
        while stored < 2, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            if FileManager.default.fileExists(atPath: store) {
                stored = (try? await Corpus(location: .sqlite(store), mode: .existing).statistics().articles) ?? 0
            }
        }
        #expect(stored == 2)
        #expect(process.isRunning)

        try input.fileHandleForWriting.write(contentsOf: Data((articles[2].jsonLine + "\n" + articles[3].jsonLine + "\n").utf8))
        try input.fileHandleForWriting.close()
        #expect(try await CorpusFixtures.exited(process, within: 120))
        #expect(process.terminationStatus == 0)
        let reported = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(reported.split(separator: "\n").count == 4)
        let corpus = try Corpus(location: .sqlite(store), mode: .existing)
        #expect(try await corpus.statistics().articles == 4)
    }
}
