import Foundation
import GRDB
import Testing
@testable import ParallaxStorage

/// A store refuses files that are not its own before writing to them, and says what to do.
@Suite("Opening store files")
struct StoreFileTests {
    static func temporaryPath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func aTextFileIsNotAStoreAndIsLeftAlone() throws {
        let path = try Self.temporaryPath("notes.sqlite")
        try "my notes\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError(location: path, reason: .notADatabase)) { try SQLiteStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let path = try Self.temporaryPath("other.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        #expect(throws: StoreError(location: path, reason: .notAParallaxStore(tables: ["contacts"]))) { try SQLiteStore(path: path) }
        let tables = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["contacts"])
    }

    @Test func aStoreOfANewerParallaxIsRefused() throws {
        let path = try Self.temporaryPath("newer.sqlite")
        _ = try SQLiteStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: StoreError(location: path, reason: .newerSchema)) { try SQLiteStore(path: path) }
    }

    @Test func readingCommandsDoNotMakeAStore() throws {
        let path = try Self.temporaryPath("absent.sqlite")
        #expect(throws: StoreError(location: path, reason: .missing)) { try SQLiteStore(path: path, mode: .existing) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Two ingests started together on a new file both migrate it; neither may take the other's half-made store
    /// for another program's.
    @Test func writersOpeningANewStoreTogetherAllSucceed() async throws {
        for attempt in 0..<5 {
            let path = try Self.temporaryPath("together-\(attempt).sqlite")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask { _ = try SQLiteStore(path: path) }
                }
                try await group.waitForAll()
            }
            #expect(try await SQLiteStore(path: path, mode: .existing).statistics().articles == 0)
        }
    }

    @Test func aStoreOpensAgainWithWhatItHeld() async throws {
        let path = try Self.temporaryPath("corpus.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try await store.add(TestArticles.incoming(TestArticles.sample()), clusterer: try await store.clusterer())
        let reopened = try SQLiteStore(path: path, mode: .existing)
        #expect(try await reopened.statistics().articles == 3)
        #expect(try await reopened.search(SearchQuery(text: "Kadhafi")).count == 1)
    }

    @Test func aReadOnlyStoreCanBeReadNotWritten() async throws {
        guard getuid() != 0 else { return }  // root writes read-only files anyway
        let path = try Self.temporaryPath("readonly.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try await store.add(TestArticles.incoming(TestArticles.sample()), clusterer: try await store.clusterer())
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let readOnly = try SQLiteStore(path: path, mode: .existing)
        #expect(try await readOnly.statistics().articles == 3)
        await #expect(throws: StoreError.self) {
            try await readOnly.add(TestArticles.incoming([TestArticles.stream(4)[3]]), clusterer: try await readOnly.clusterer())
        }
    }
}
