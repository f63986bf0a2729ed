import Foundation
import Hummingbird
import ParallaxStorage

/// The longest a handler may take before its client is answered 503. A middleware cannot do this: the rest of the
/// chain it is given may not outlive it. The work is cancelled (a store read in progress stops at its next
/// step), and the client is told at once either way.
struct RequestDeadline: Sendable {
    let timeout: Duration

    func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let timeout = timeout
        return try await Deadline.run(after: timeout, timeoutError: {
            Problem(status: .serviceUnavailable,
                    message: "the request took longer than \(timeout.components.seconds) s; try again, or ask for less")
        }, work)
    }
}
