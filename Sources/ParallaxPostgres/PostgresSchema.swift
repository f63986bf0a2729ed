import Logging
import ParallaxStorage
import PostgresNIO

/// Checks that a database holds a Parallax store (or nothing yet) and brings its schema up to date.
struct PostgresSchema {
    var location: String
    var mode: SQLiteStore.OpenMode
    var logger: Logger

    func prepare(_ client: PostgresClient) async throws {
        try await client.withTransaction(logger: logger) { connection in
            // Processes that open a new database at once migrate it one after another; the later ones find it done.
            try await connection.query("SELECT pg_advisory_xact_lock(\(AdvisoryLock.migration))", logger: logger).drain()
            let tables = try await connection.query("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename
                """, logger: logger).collectStrings()
            if !tables.contains(PostgresMigrations.markerTable) {
                if !tables.isEmpty {
                    throw StoreError(location: location, reason: .notAParallaxStore(tables: tables))
                }
                if mode == .existing { throw StoreError(location: location, reason: .missing) }
                try await connection.query("""
                    CREATE TABLE parallax_migration (
                        step integer PRIMARY KEY,
                        name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """, logger: logger).drain()
            }
            let applied = Set(try await connection.query("SELECT step FROM parallax_migration", logger: logger)
                .decode(Int.self).collect())
            let known = Set(PostgresMigrations.steps.map(\.number))
            if !applied.isSubset(of: known) { throw StoreError(location: location, reason: .newerSchema) }
            for step in PostgresMigrations.steps where !applied.contains(step.number) {
                for statement in step.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).drain()
                }
                try await connection.query(
                    "INSERT INTO parallax_migration (step, name) VALUES (\(step.number), \(step.name))", logger: logger
                ).drain()
            }
        }
    }
}

/// The advisory locks Parallax takes, each held by one transaction at a time (`pg_advisory_xact_lock`).
enum AdvisoryLock {
    /// Migrating the schema.
    static let migration: Int64 = 0x5041_5241_4C4C_0001
    /// Placing articles in events and stories, and saving the clusterer's state: the writers' turn.
    static let assignment: Int64 = 0x5041_5241_4C4C_0002
}

extension PostgresRowSequence {
    /// Reads the rows to the end, so that an error of the statement is thrown here.
    func drain() async throws {
        for try await _ in self {}
    }

    func collectStrings() async throws -> [String] {
        try await decode(String.self).collect()
    }
}

extension AsyncSequence {
    func collect() async throws -> [Element] {
        var elements: [Element] = []
        for try await element in self { elements.append(element) }
        return elements
    }
}
