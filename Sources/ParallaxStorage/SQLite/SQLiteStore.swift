import Foundation
import GRDB
import ParallaxClustering
import ParallaxReading

/// The embedded store: one SQLite file (WAL mode, so that readers never wait for the writer), FTS5 for search.
///
/// ```swift
/// let store = try SQLiteStore(path: "parallax.sqlite")   // made and migrated if missing
/// let memory = try SQLiteStore(DatabaseQueue())          // in memory, for tests
/// ```
public struct SQLiteStore: Store {
    public let location: String
    let database: any DatabaseWriter

    /// A store over a database the caller opened: checks that it is a Parallax store (or empty), then migrates it.
    /// The SQL function `decompressText` is added to the database's writer, which is all of a `DatabaseQueue`; a
    /// `DatabasePool`'s readers get it only from `init(path:)`, so open files with that.
    public init(_ database: any DatabaseWriter, location: String = ":memory:") throws {
        self.database = database
        self.location = location
        try mapErrors {
            database.writeWithoutTransaction { db in db.add(function: .decompressText) }
            let migrator = SQLiteMigrations.migrator()
            let (tables, migrations, superseded) = try database.read { db in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                let migrations = tables.contains("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (tables, migrations, try migrator.hasBeenSuperseded(db))
            }
            // `grdb_migrations` alone and empty: another process is making this store right now.
            let beingMade = tables == ["grdb_migrations"] && migrations.isEmpty
            if !tables.isEmpty, !beingMade, !tables.contains(SQLiteMigrations.markerTable) {
                throw StoreError(location: location, reason: .notAParallaxStore(tables: tables))
            }
            if superseded { throw StoreError(location: location, reason: .newerSchema) }
            let complete = try database.read { db in try migrator.hasCompletedMigrations(db) }
            if !complete {
                do {
                    try migrator.migrate(database)
                } catch {
                    // Two processes opening a new store at once both migrate; the second fails on what the first
                    // made, which is what it wanted.
                    guard try database.read({ db in try migrator.hasCompletedMigrations(db) }) else { throw error }
                }
                // SQLite prepares a statement against the schema its connection last read: the reader that
                // checked the file above would expand `SELECT *` to the columns from before the migration.
                (database as? DatabasePool)?.invalidateReadOnlyConnections()
            }
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s that say what to do.
    func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw storeError(error)
        }
    }

    func mapErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw storeError(error)
        }
    }

    func storeError(_ error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        let reason: StoreError.Reason
        switch error.resultCode {
        case .SQLITE_NOTADB: reason = .notADatabase
        case .SQLITE_READONLY: reason = .readOnly
        case .SQLITE_FULL: reason = .diskFull
        case .SQLITE_BUSY, .SQLITE_LOCKED: reason = .busy
        case .SQLITE_CORRUPT: reason = .unreadable("the file is damaged (\(error.message ?? "corrupt"))")
        case .SQLITE_CANTOPEN: reason = .unreadable("it cannot be opened (\(error.message ?? "missing folder?"))")
        default: reason = .unreadable(error.message ?? "\(error)")
        }
        return StoreError(location: location, reason: reason)
    }
}
