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
    let timeouts: PostgresTimeouts

    public init(url: String, mode: SQLiteStore.OpenMode = .createIfMissing) throws(PostgresAddressError) {
        try self.init(address: PostgresAddress(url: url), mode: mode)
    }

    public init(address: PostgresAddress, mode: SQLiteStore.OpenMode = .createIfMissing,
                timeouts: PostgresTimeouts = .fromEnvironment) {
        self.address = address
        self.location = address.description
        self.mode = mode
        self.logger = Logger(label: "parallax.postgres")
        self.timeouts = timeouts
        self.connection = PostgresConnectionHolder(client: PostgresClient(configuration: address.clientConfiguration))
    }

    /// Stops the client: queries after this fail.
    public func close() async {
        await connection.close()
    }

    /// The client, once the schema is known to be current and a connection can be had. The pool waits for a
    /// connection as long as the server is away, so the wait is bounded here (`Timeouts.connection`): a server
    /// that is down is reported as unreachable, not waited for.
    func client() async throws -> PostgresClient {
        let client = connection.client
        let location = location
        let wait = timeouts.connection
        try await Deadline.run(after: wait, timeoutError: {
            StoreError(location: location, reason: .unreachable("no connection to the server within \(wait.components.seconds) s"))
        }) {
            try await client.withConnection { _ in }
        }
        // The first use checks (and may migrate) the schema: work on a server that answers, bounded like a turn.
        // Later uses skip it (and its deadline's tasks): the schema does not change under a running process.
        guard await !connection.isReady else { return client }
        let preparation = timeouts.turn
        try await Deadline.run(after: preparation, timeoutError: {
            StoreError(location: location, reason: .unreachable("the schema was not ready within \(preparation.components.seconds) s"))
        }) { [connection, mode, logger] in
            try await connection.ready { client in
                try await PostgresSchema(location: location, mode: mode, logger: logger).prepare(client)
            }
        }
        return client
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

    /// One writer's turn: a transaction that must end within `Timeouts.turn`, lock wait included. At the deadline
    /// its connection is closed, so the server rolls the transaction back (or it had committed, and the next
    /// turn finds its articles stored), and the caller is told the server is unreachable. A connection that
    /// closes under the turn (the server shut down) ends it at once: PostgresNIO 1.33 can leave the statement in
    /// flight waiting forever for an answer that will not come.
    func turn<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let leased = LeasedConnection()
        let location = location
        let limit = timeouts.turn
        return try await Deadline.run(after: limit, timeoutError: {
            StoreError(location: location, reason: .unreachable("a write transaction had no answer within \(limit.components.seconds) s"))
        }, expire: {
            await leased.close()
        }) { [self] end in
            try await transaction { connection in
                leased.hold(connection) {
                    end(StoreError(location: location, reason: .unreachable("the connection closed during a write transaction")))
                }
                defer { leased.release() }
                return try await body(connection)
            }
        }
    }

    func storeError(_ error: any Error) -> any Error {
        PostgresErrors.storeError(error, location: location)
    }
}

/// How long the store waits on the server before it reports it unreachable.
public struct PostgresTimeouts: Sendable {
    /// For a connection from the pool (and the schema check of the first use): a running server gives one at once.
    public var connection: Duration = .seconds(10)
    /// For one write transaction, from asking for a connection to the commit, waiting for other writers' turns
    /// included: a turn of 500 articles takes seconds on a debug build, a few turns of other writers as much.
    public var turn: Duration = .seconds(120)

    public init() {}

    /// The defaults, or `PARALLAX_POSTGRES_CONNECT_SECONDS` and `PARALLAX_POSTGRES_TURN_SECONDS` (whole
    /// seconds), which the fault tests lower.
    public static var fromEnvironment: PostgresTimeouts {
        var timeouts = PostgresTimeouts()
        let environment = ProcessInfo.processInfo.environment
        if let seconds = environment["PARALLAX_POSTGRES_CONNECT_SECONDS"].flatMap(Int.init), seconds > 0 {
            timeouts.connection = .seconds(seconds)
        }
        if let seconds = environment["PARALLAX_POSTGRES_TURN_SECONDS"].flatMap(Int.init), seconds > 0 {
            timeouts.turn = .seconds(seconds)
        }
        return timeouts
    }
}

/// The connection a turn holds, so that its deadline can close it, and that its closing can end the turn.
final class LeasedConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var onClose: (@Sendable () -> Void)?

    /// `onClose` runs if the connection closes before `release()`. The connection outlives the turn (the pool
    /// keeps it), so what it keeps of the turn is this small object, emptied by `release()`.
    func hold(_ connection: PostgresConnection, onClose: @escaping @Sendable () -> Void) {
        lock.withLock {
            self.connection = connection
            self.onClose = onClose
        }
        connection.closeFuture.whenComplete { [self] _ in
            let action = lock.withLock { self.onClose }
            action?()
        }
    }

    func release() {
        lock.withLock {
            connection = nil
            onClose = nil
        }
    }

    func close() async {
        try? await lock.withLock { connection }?.close()
    }
}

/// The client and its running task, shared by the copies of a store (it is a value).
final class PostgresConnectionHolder: Sendable {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    private let gate = ReadinessGate()

    /// True once a preparation has passed.
    var isReady: Bool {
        get async { await gate.isDone }
    }

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
    private(set) var isDone = false
    private var running: Task<Void, any Error>?

    func pass(_ prepare: @escaping @Sendable () async throws -> Void) async throws {
        if isDone { return }
        let task = running ?? Task { try await prepare() }
        running = task
        do {
            try await task.value
            isDone = true
        } catch {
            // Only the preparation that failed is forgotten, not a newer one another caller started since.
            if running == task { running = nil }
            throw error
        }
    }
}
