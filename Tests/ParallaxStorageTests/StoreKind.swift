import Foundation
import GRDB
import ParallaxPostgres
import ParallaxStorage
import PostgresTestSupport
import Testing

/// The stores every conformance test runs against: the behaviour `Store` promises holds for each, whatever the
/// engine. PostgreSQL joins when a test server is given (`Scripts/with-postgres`); without one,
/// `PostgresAvailabilityTests` shows the skip.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// SQLite in memory (a `DatabaseQueue`).
    case sqliteInMemory
    /// SQLite in a file (a `DatabasePool` in WAL mode), as `parallax` uses it.
    case sqliteFile
    /// A new database on the PostgreSQL test server.
    case postgres

    static var allCases: [StoreKind] {
        [.sqliteInMemory, .sqliteFile] + (PostgresTestDatabase.isAvailable ? [.postgres] : [])
    }

    var testDescription: String { rawValue }

    func makeStore() async throws -> any Store {
        switch self {
        case .sqliteInMemory:
            return try SQLiteStore(DatabaseQueue())
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        case .postgres:
            return PostgresStore(address: try await PostgresTestDatabase.make())
        }
    }
}

@Suite("PostgreSQL test server")
struct PostgresAvailabilityTests {
    /// Skipped, with the reason shown, when no server is given: the PostgreSQL runs of every `StoreKind` test are
    /// then left out.
    @Test(.enabled(if: PostgresTestDatabase.isAvailable, Comment(rawValue: PostgresTestDatabase.skipReason)))
    func theConformanceTestsRunOnPostgreSQL() async throws {
        #expect(StoreKind.allCases.contains(.postgres))
        let store = try await StoreKind.postgres.makeStore()
        #expect(try await store.statistics().articles == 0)
    }
}
