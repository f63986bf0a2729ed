import Foundation
import GRDB
import Testing
import ParallaxStorage
@testable import ParallaxCorpus

/// A disk that fills up part-way stops the ingest with a message saying so; the store keeps every batch committed
/// before it and passes SQLite's integrity check.
@Suite("A full disk")
struct DiskFullTests {
    /// Runs a command, true when it succeeds.
    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aFullDiskStopsTheIngestAndKeepsWhatWasCommitted() async throws {
        let folder = try CorpusFixtures.folder()
        let disk = folder.appendingPathComponent("small-disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk]) else {
            print("skipped: a 3 MB file system could not be mounted here (mount -t tmpfs failed)")
            return
        }
        defer { _ = Self.run(["umount", "--lazy", disk]) }
        let (reported, stored, integrity) = try await Self.ingestUntilFull(in: disk, folder: folder)
        #expect(integrity == "ok")
        #expect(reported > 0)
        #expect(stored == reported)
    }

    /// Ingests into a store on the small disk; every connection is closed when it returns, so the disk can go.
    private static func ingestUntilFull(in disk: String, folder: URL) async throws -> (Int, Int, String?) {
        let input = try CorpusFixtures.write(CorpusFixtures.stream(600), to: folder.appendingPathComponent("stream.jsonl"))
        let store = disk + "/full.sqlite"
        let corpus = try Corpus(location: .sqlite(store), mode: .createIfMissing)
        var options = IngestOptions()
        options.batchSize = 20
        var reported = 0
        await #expect(throws: StoreError(location: store, reason: .diskFull)) {
            _ = try await corpus.ingest(paths: [input], options: options, events: IngestEvents(outcome: { _ in reported += 1 }))
        }
        let database = try DatabaseQueue(path: store)
        let integrity = try await database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        let stored = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
        return (reported, stored, integrity)
    }
}
