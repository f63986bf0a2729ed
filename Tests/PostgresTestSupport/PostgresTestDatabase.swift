import Foundation
import ParallaxPostgres
import PostgresNIO

/// The PostgreSQL server the tests use: the one `Scripts/with-postgres` started and named in
/// `PARALLAX_TEST_POSTGRES`. Each test gets a new, empty database of its own on it.
public enum PostgresTestDatabase {
    public static let url: String? = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    public static var isAvailable: Bool { url != nil }

    /// Why the PostgreSQL tests did not run, shown as the skip's comment.
    public static let skipReason =
        "PostgreSQL tests skipped: PARALLAX_TEST_POSTGRES is not set; run them with Scripts/with-postgres swift test"

    /// A new empty database on the test server.
    public static func make() async throws -> PostgresAddress {
        guard let url else { throw PostgresTestError("PARALLAX_TEST_POSTGRES is not set") }
        var address = try PostgresAddress(url: url)
        let name = "parallax_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await withAdminClient(address) { client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        address.database = name
        return address
    }

    /// Runs SQL on a database directly, as an operator would (a check of what the store wrote).
    public static func rows<T: PostgresDecodable & Sendable>(
        _ sql: String, as type: T.Type, in address: PostgresAddress
    ) async throws -> [T] {
        try await withAdminClient(address) { client in
            var values: [T] = []
            for try await value in try await client.query(PostgresQuery(unsafeSQL: sql)).decode(T.self) { values.append(value) }
            return values
        }
    }

    static func withAdminClient<T: Sendable>(
        _ address: PostgresAddress, _ body: @Sendable (PostgresClient) async throws -> T
    ) async throws -> T {
        let client = PostgresClient(configuration: .init(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}

public struct PostgresTestError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
