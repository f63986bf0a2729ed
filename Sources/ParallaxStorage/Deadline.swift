import Foundation

/// Work that answers by a deadline, whatever the work does. PostgresNIO's pool waits for a connection as long as
/// the server is away (it tries again and again to connect), and a query on a connection whose server went
/// silent waits as long as TCP does: a store that must answer (a server's request, a writer's turn) cannot leave
/// that to the client, nor a web server its request to a handler. The work runs in a task of its own; at the
/// deadline `expire` is called (it may end what the work waits on, e.g. close its connection), the task is
/// cancelled, and the caller gets `timeoutError` at once, not when the work notices.
public enum Deadline {
    public static func run<Value: Sendable>(
        after timeout: Duration,
        timeoutError: @escaping @Sendable () -> any Error,
        expire: @escaping @Sendable () async -> Void = {},
        _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await run(after: timeout, timeoutError: timeoutError, expire: expire) { _ in try await work() }
    }

    /// The same, with a way for the work to end itself early: `end(error)` answers the caller with `error` at
    /// once and cancels the work (for a wait that will never end, seen from elsewhere: a connection closed).
    public static func run<Value: Sendable>(
        after timeout: Duration,
        timeoutError: @escaping @Sendable () -> any Error,
        expire: @escaping @Sendable () async -> Void = {},
        ending work: @escaping @Sendable (_ end: @escaping @Sendable (any Error) -> Void) async throws -> Value
    ) async throws -> Value {
        let race = FirstAnswer<Value>()
        let end: @Sendable (any Error) -> Void = { error in
            if race.answer(.failure(error)) { race.cancelWork() }
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                race.waiting = continuation
                let task = Task {
                    do { race.answer(.success(try await work(end))) } catch { race.answer(.failure(error)) }
                }
                race.work = task
                let alarm = Task {
                    try await Task.sleep(for: timeout)
                    guard race.answer(.failure(timeoutError())) else { return }
                    await expire()
                    task.cancel()
                }
                // The alarm is not needed once the work is done.
                Task {
                    _ = await task.result
                    alarm.cancel()
                    race.work = nil
                }
            }
        } onCancel: {
            // The caller's own cancellation reaches the work, which answers as it can.
            race.cancelWork()
        }
    }
}

/// The first of several answers, given once to a waiting continuation.
private final class FirstAnswer<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answered = false
    private var cancelled = false
    private var _work: Task<Void, Never>?
    var waiting: CheckedContinuation<Value, any Error>?

    var work: Task<Void, Never>? {
        get { lock.withLock { _work } }
        set {
            let cancelNow = lock.withLock { () -> Bool in
                _work = newValue
                return cancelled
            }
            if cancelNow { newValue?.cancel() }
        }
    }

    func cancelWork() {
        let task = lock.withLock { () -> Task<Void, Never>? in
            cancelled = true
            return _work
        }
        task?.cancel()
    }

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
