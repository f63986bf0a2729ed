import Foundation
import Hummingbird

/// The longest a handler may take before its client is answered 503. A middleware cannot do this: the rest of the
/// chain it is given may not outlive it. The work is cancelled (a store read in progress stops at its next
/// step), and the client is told at once either way.
struct RequestDeadline: Sendable {
    let timeout: Duration

    func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let race = FirstAnswer<Value>()
        let timeout = timeout
        return try await withCheckedThrowingContinuation { continuation in
            race.waiting = continuation
            let task = Task {
                do { race.answer(.success(try await work())) } catch { race.answer(.failure(error)) }
            }
            let alarm = Task {
                try await Task.sleep(for: timeout)
                let message = "the request took longer than \(timeout.components.seconds) s; try again, or ask for less"
                if race.answer(.failure(Problem(status: .serviceUnavailable, message: message))) { task.cancel() }
            }
            // The alarm is not needed once the work is done.
            Task {
                _ = await task.result
                alarm.cancel()
            }
        }
    }
}

/// The first of several answers, given once to a waiting continuation.
private final class FirstAnswer<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answered = false
    var waiting: CheckedContinuation<Value, any Error>?

    /// Gives the answer if none was given yet; true when this one was.
    @discardableResult
    func answer(_ result: Result<Value, any Error>) -> Bool {
        let continuation: CheckedContinuation<Value, any Error>? = lock.withLock {
            guard !answered else { return nil }
            answered = true
            return waiting
        }
        continuation?.resume(with: result)
        return continuation != nil
    }
}
