import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A Hummingbird app on 127.0.0.1, on a port the system picks, for tests that fetch over HTTP without the
/// internet: routes set up by the test, every request logged, stopped when the test's body returns.
///
/// ```swift
/// try await LoopbackServer.run { router, log in
///     router.get("/feed.xml") { _, _ in "<rss …>" }
/// } body: { server in
///     let url = server.url("/feed.xml")
///     #expect(await server.log.count("/feed.xml") == 1)
/// }
/// ```
public struct LoopbackServer: Sendable {
    public let port: Int
    public let log: RequestLog

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public static func run<T: Sendable>(
        routes: (Router<BasicRequestContext>, RequestLog) -> Void,
        body: (LoopbackServer) async throws -> T
    ) async throws -> T {
        let log = RequestLog()
        let router = Router()
        router.add(middleware: LoggingMiddleware(log: log))
        routes(router, log)
        var logger = Logger(label: "parallax.loopback")
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        let services = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            guard let port = await ports.first(where: { _ in true }) else { throw CancellationError() }
            do {
                let result = try await body(LoopbackServer(port: port, log: log))
                await services.triggerGracefulShutdown()
                group.cancelAll()
                return result
            } catch {
                await services.triggerGracefulShutdown()
                group.cancelAll()
                throw error
            }
        }
    }
}

/// Every request the server was sent, and how many it answered at once.
public actor RequestLog {
    public struct Entry: Sendable {
        public var path: String
        /// Header names in lower case; `host` is the request's authority.
        public var headers: [String: String]
    }

    public private(set) var entries: [Entry] = []
    private var inFlight = 0
    /// The most requests the server was answering at once (a body still being sent counts).
    public private(set) var mostAtOnce = 0

    func began(_ entry: Entry) {
        entries.append(entry)
        inFlight += 1
        mostAtOnce = max(mostAtOnce, inFlight)
    }

    func ended() {
        inFlight -= 1
    }

    /// How many requests asked for `path`.
    public func count(_ path: String) -> Int {
        entries.count { $0.path == path }
    }

    public func requests(_ path: String) -> [Entry] {
        entries.filter { $0.path == path }
    }

    public var paths: [String] { entries.map(\.path) }
}

/// Logs each request, and counts it in flight until its body has been sent.
struct LoggingMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: RequestLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
        // HTTPTypes keeps HTTP/1's Host header apart, as the authority; logged under its HTTP/1 name.
        if let authority = request.head.authority { headers["host"] = authority }
        await log.began(RequestLog.Entry(path: request.uri.path, headers: headers))
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            await log.ended()
            throw error
        }
        var counted = response
        let log = log
        let original = response.body
        counted.body = ResponseBody(contentLength: original.contentLength) { writer in
            do {
                try await original.write(writer)
            } catch {
                await log.ended()
                throw error
            }
            await log.ended()
        }
        return counted
    }
}
