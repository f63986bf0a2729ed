import ParallaxStorage
import PostgresNIO

/// PostgreSQL's errors as `StoreError`s: what the user can act on, the server's message kept.
enum PostgresErrors {
    static func storeError(_ error: any Error, location: String) -> any Error {
        if error is StoreError { return error }
        if let error = error as? PostgresTransactionError {
            guard let inner = error.closureError ?? error.beginError ?? error.commitError else { return error }
            return storeError(inner, location: location)
        }
        guard let error = error as? PSQLError else {
            if error is CancellationError { return error }
            // A row that does not read as expected is not a lost connection: retrying would not help.
            if error is PostgresDecodingError || error is DecodingError {
                return StoreError(location: location, reason: .unreadable(String(describing: error)))
            }
            // NIO's connection errors (refused, reset, unreachable host).
            return StoreError(location: location, reason: .unreachable(String(describing: error)))
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            let detail = error.underlying.map { String(describing: $0) } ?? "the connection was lost"
            return StoreError(location: location, reason: .unreachable(detail))
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "error \(state)"
            return StoreError(location: location, reason: reason(sqlState: state, message: message))
        default:
            return StoreError(location: location, reason: .unreadable(String(describing: error.code)))
        }
    }

    /// SQLSTATE classes: https://www.postgresql.org/docs/15/errcodes-appendix.html
    static func reason(sqlState: String, message: String) -> StoreError.Reason {
        switch sqlState {
        // The server is shutting down or restarting, or refuses new connections for now.
        case "57P01", "57P02", "57P03", "53300": return .unreachable(message)
        // Out of disk.
        case "53100": return .diskFull
        case "25006": return .readOnly
        case "40P01", "55P03": return .busy
        case "3D000": return .unreachable("the database does not exist (\(message)); create it with createdb")
        case "28000", "28P01": return .unreachable("the server refused the user (\(message))")
        default: return .unreadable(message)
        }
    }
}
