import Foundation

/// A PostgreSQL server of one test's own, which it may stop and restart (the fault tests): made by the script
/// `Scripts/with-postgres` names in `PARALLAX_TEST_POSTGRES_SERVER` (Scripts/postgres-server), so that stopping
/// it disturbs none of the tests that share the other server. `remove()` stops it and deletes its folder; call it
/// in a `defer`, so a failing test leaves no server behind.
public final class PrivatePostgres: Sendable {
    public static let script: String? = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES_SERVER"].flatMap {
        $0.isEmpty ? nil : $0
    }

    public static var isAvailable: Bool { script.map { FileManager.default.isExecutableFile(atPath: $0) } ?? false }

    public static let skipReason =
        "PostgreSQL fault tests skipped: PARALLAX_TEST_POSTGRES_SERVER is not set; run them with Scripts/with-postgres swift test"

    /// The server's folder: directly under /tmp, since the server's own user must be able to enter it.
    public let folder = "/tmp/parallax-pg-fault-" + UUID().uuidString.prefix(8).lowercased()
    /// `postgres://USER@127.0.0.1:PORT/parallax_test`, the same across restarts.
    public let url: String

    /// Makes and starts the server.
    public init() throws {
        url = try Self.run("start", folder).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A fast shutdown: sessions are ended, clients see their connections closed.
    public func stop() throws { _ = try Self.run("stop", folder) }

    public func start() throws { _ = try Self.run("start", folder) }

    public func remove() { _ = try? Self.run("remove", folder) }

    @discardableResult
    static func run(_ action: String, _ folder: String) throws -> String {
        guard let script else { throw PostgresTestError("PARALLAX_TEST_POSTGRES_SERVER is not set") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = [action, folder]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PostgresTestError("postgres-server \(action) failed: \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
