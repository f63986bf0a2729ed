import Foundation
import PostgresNIO

/// A database named by a `postgres://user[:password]@host[:port]/database` URL (also `postgresql://`), as `--db`
/// and `PARALLAX_DB` give it. The connection is not encrypted: the server is expected on a private network or on
/// this machine (`?sslmode=disable`, the only mode, may be given for tools that expect it).
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    /// Whether a `--db` value names a PostgreSQL database rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// Reads the URL; the error says what is missing or wrong.
    public init(url text: String) throws(PostgresAddressError) {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw PostgresAddressError("\(text) is not a postgres:// URL; write postgres://USER@HOST:PORT/DATABASE")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresAddressError("\(text) names no host; write postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresAddressError("\(text) names no user; write postgres://USER@HOST:PORT/DATABASE")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresAddressError("\(text) names no database; write postgres://USER@HOST:PORT/DATABASE")
        }
        for item in components.queryItems ?? [] where !(item.name == "sslmode" && item.value == "disable") {
            throw PostgresAddressError(
                "\(text): the parameter \(item.name)=\(item.value ?? "") is not supported (only sslmode=disable)")
        }
        self.host = host
        self.port = components.port ?? 5432
        // URLComponents gives user, password and path percent-decoded already.
        self.user = user
        self.password = components.password
        self.database = database
    }

    /// The URL without its password, for messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    var clientConfiguration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        // A few connections a process: one writer, and readers for the server's concurrent requests.
        configuration.options.maximumConnections = 8
        return configuration
    }
}

public struct PostgresAddressError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
