import Foundation
import GRDB
import ParallaxStorage
import Testing

/// The stores every conformance test runs against: the behaviour `Store` promises holds for each, whatever the
/// engine. A PostgreSQL store joins this list when it exists.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// SQLite in memory (a `DatabaseQueue`).
    case sqliteInMemory
    /// SQLite in a file (a `DatabasePool` in WAL mode), as `parallax` uses it.
    case sqliteFile

    var testDescription: String { rawValue }

    func makeStore() throws -> any Store {
        switch self {
        case .sqliteInMemory:
            return try SQLiteStore(DatabaseQueue())
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        }
    }
}
