import Foundation
import Hummingbird

/// Who may write: with a token, whoever presents it; without one, this machine only. Reads are open.
struct WriteAccess: Sendable {
    let token: String?

    /// Throws 401 or 403 with what to do, unless the request may write. `formToken` is the token a form posted.
    func check(_ request: Request, context: AppRequestContext, formToken: String? = nil) throws {
        if let token {
            let presented = request.headers[.authorization].flatMap(Self.bearer) ?? formToken
            guard let presented, Self.same(presented, token) else {
                throw Problem(status: .unauthorized, message: "writing needs the server's write token: send "
                    + "\"Authorization: Bearer <token>\" (the token given to parallax serve --write-token)")
            }
        } else if !context.isFromLoopback {
            throw Problem(status: .forbidden, message: "this server accepts writes from its own machine only; "
                + "start it with --write-token to accept them from elsewhere")
        }
    }

    private static func bearer(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// Compares in time that does not depend on where the strings differ.
    private static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for index in 0..<min(x.count, y.count) { difference |= Int(x[index] ^ y[index]) }
        return difference == 0
    }
}
