import Foundation
import Logging
import ParallaxStorage
import PostgresNIO

/// The shared store: one PostgreSQL database that many `parallax` processes (ingest workers, servers, pollers)
/// read and write at once. Same behaviour as `SQLiteStore`; see the README's "PostgreSQL" section for the design.
///
/// ```swift
/// let store = try PostgresStore(url: "postgres://parallax@127.0.0.1:5432/news")
/// let outcomes = try await store.add(batch, clusterer: try await store.clusterer())
/// await store.close()
/// ```
///
/// The client is a service that must run: the store runs it in a task of its own from `init` until `close()`,
/// so that commands need not know which engine they use. The schema is checked and migrated on first use, not in
/// `init`, which cannot wait for the network.
public struct PostgresStore: Store {
    /// The database's address without its password.
    public let location: String
    let address: PostgresAddress
    let mode: SQLiteStore.OpenMode
    let connection: PostgresConnectionHolder
    let logger: Logger

    public init(url: String, mode: SQLiteStore.OpenMode = .createIfMissing) throws(PostgresAddressError) {
        try self.init(address: PostgresAddress(url: url), mode: mode)
    }

    public init(address: PostgresAddress, mode: SQLiteStore.OpenMode = .createIfMissing) {
        self.address = address
        self.location = address.description
        self.mode = mode
        self.logger = Logger(label: "parallax.postgres")
        self.connection = PostgresConnectionHolder(client: PostgresClient(configuration: address.clientConfiguration))
    }

    /// Stops the client: queries after this fail.
    public func close() async {
        await connection.close()
    }

    /// The client, once the schema is known to be current.
    func client() async throws -> PostgresClient {
        try await connection.ready { client in
            try await PostgresSchema(location: location, mode: mode, logger: logger).prepare(client)
        }
        return connection.client
    }

    /// Runs `body` with the client, turning PostgreSQL's errors into `StoreError`s that say what to do.
    func using<T: Sendable>(_ body: (PostgresClient) async throws -> T) async throws -> T {
        do {
            return try await body(try await client())
        } catch {
            throw storeError(error)
        }
    }

    /// One transaction, committed when `body` returns and rolled back when it throws.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await using { client in
            try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        }
    }

    func storeError(_ error: any Error) -> any Error {
        PostgresErrors.storeError(error, location: location)
    }
}

/// The client and its running task, shared by the copies of a store (it is a value).
final class PostgresConnectionHolder: Sendable {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    private let gate = ReadinessGate()

    init(client: PostgresClient) {
        self.client = client
        runner = Task.detached { await client.run() }
    }

    func ready(_ prepare: @escaping @Sendable (PostgresClient) async throws -> Void) async throws {
        let client = client
        try await gate.pass { try await prepare(client) }
    }

    func close() async {
        runner.cancel()
        await runner.value
    }

    deinit {
        runner.cancel()
    }
}

/// Runs a preparation once; a failed one (the server was down) is tried again by the next caller.
actor ReadinessGate {
    private var done = false
    private var running: Task<Void, any Error>?

    func pass(_ prepare: @escaping @Sendable () async throws -> Void) async throws {
        if done { return }
        let task = running ?? Task { try await prepare() }
        running = task
        do {
            try await task.value
            done = true
        } catch {
            // Only the preparation that failed is forgotten, not a newer one another caller started since.
            if running == task { running = nil }
            throw error
        }
    }
}
