import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ParallaxPostgres
import ParallaxReading
import ParallaxStorage
import PostgresTestSupport
import Testing
@testable import ParallaxCorpus

/// The database going away under real `parallax` processes, each test on a PostgreSQL server of its own that it
/// stops and starts: an ingest waits for it and goes on as if nothing happened; a server answers 503 with a JSON
/// error while it is away and 200 again once it is back.
@Suite("PostgreSQL: the database going away", .enabled(
    if: PrivatePostgres.isAvailable && FileManager.default.isExecutableFile(atPath: CorpusFixtures.executable),
    Comment(rawValue: PrivatePostgres.skipReason + " (and swift build for the parallax executable)")))
struct PostgresFaultsTests {
    /// How long the database stays down: longer than the processes' wait for a connection (set to 2 s below), so
    /// that they must notice, report and retry, not merely wait.
    static let downtime: Duration = .seconds(5)
    /// The processes' environment: waits short enough for the test's outage.
    static let environment = ProcessInfo.processInfo.environment.merging([
        "PARALLAX_POSTGRES_CONNECT_SECONDS": "2", "PARALLAX_POSTGRES_TURN_SECONDS": "30",
    ]) { $1 }

    @Test func anIngestWaitsForARestartedDatabaseAndEndsAsOneProcessWould() async throws {
        let server = try await PrivatePostgres.start()
        defer { server.remove() }
        let address = try PostgresAddress(url: server.url)
        let folder = try CorpusFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = min(PostgresWritersTests.articleCount, 1_000)
        let articles = CorpusFixtures.stream(count)
        let input = try CorpusFixtures.write(articles, to: folder.appendingPathComponent("stream.jsonl"))
        let corpus = try Corpus(location: .postgres(address), mode: .createIfMissing)
        _ = try await corpus.statistics()

        let log = folder.appendingPathComponent("ingest.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        // One JSON line an article, written as each batch commits: the test counts them without asking the
        // database (its own queries can wait behind the other tests for seconds on a busy machine).
        let outcomes = folder.appendingPathComponent("outcomes.jsonl")
        _ = FileManager.default.createFile(atPath: outcomes.path, contents: nil)
        worker.arguments = ["ingest", "--json", "--batch-size", "50", "--db", server.url, input]
        worker.environment = Self.environment
        worker.standardOutput = try FileHandle(forWritingTo: outcomes)
        worker.standardError = try FileHandle(forWritingTo: log)
        try worker.run()
        defer { if worker.isRunning { kill(worker.processIdentifier, SIGKILL) } }

        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while stored < count / 10, worker.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            stored = ((try? Data(contentsOf: outcomes)) ?? Data()).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        #expect(worker.isRunning && stored < count, "the ingest ended before the restart; make the stream longer")
        await (corpus.store as? PostgresStore)?.close()
        try await server.stop()
        try await Task.sleep(for: Self.downtime)
        try await server.start()
        let restarted = Date()

        #expect(try await CorpusFixtures.exited(worker, within: 300), "the ingest did not end within 5 minutes of the restart")
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let retries = said.split(separator: "\n").filter { $0.contains("cannot be reached") && $0.contains("; try ") }
        print("restart under ingest: \(stored) of \(count) stored at the stop; \(retries.count) retries; "
            + "ended \(String(format: "%.1f", Date().timeIntervalSince(restarted))) s after the start\n\(said)")
        #expect(worker.terminationStatus == 0, "\(said)")
        // Each retry names the database and when it tries again.
        #expect(!retries.isEmpty, "\(said)")
        #expect(retries.allSatisfy { $0.contains("127.0.0.1") && $0.contains(" s, at ") })

        // Every article once, arrivals without a gap, and the stories and events one clusterer gives over the
        // articles in commit order: the failed turn's clusterer was not used again.
        let after = try Corpus(location: .postgres(address), mode: .existing)
        let rows = try await PostgresWritersTests.storedInArrivalOrder(after)
        #expect(rows.count == count)
        #expect(Set(rows.map(\.id)).count == count)
        #expect(rows.map(\.arrival) == Array(1...count))
        let placements = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, "\($0.story) \($0.event)") })
        #expect(placements == PostgresWritersTests.replayInCommitOrder(rows, originals: articles))
        await (after.store as? PostgresStore)?.close()
    }

    @Test func aServerAnswers503WhileItsDatabaseIsAwayAnd200OnceItIsBack() async throws {
        let server = try await PrivatePostgres.start()
        defer { server.remove() }
        let folder = try CorpusFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try CorpusFixtures.write(CorpusFixtures.stream(20), to: folder.appendingPathComponent("few.jsonl"))
        let corpus = try Corpus(location: .postgres(try PostgresAddress(url: server.url)), mode: .createIfMissing)
        _ = try await corpus.ingest(paths: [input])
        await (corpus.store as? PostgresStore)?.close()

        let log = folder.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CorpusFixtures.executable)
        process.arguments = ["serve", "--db", server.url, "--port", "0"]
        process.environment = Self.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        // "parallax: serving … at http://127.0.0.1:PORT/ …"
        var port: Int?
        let started = Date().addingTimeInterval(60)
        while port == nil, process.isRunning, Date() < started {
            try await Task.sleep(for: .milliseconds(50))
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let match = said.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                port = Int(said[match].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        let serving = try #require(port, "no port in: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        let stories = URL(string: "http://127.0.0.1:\(serving)/api/stories")!

        let before = try await Self.get(stories)
        #expect(before.status == 200)
        #expect(before.body.contains("\"stories\":[{"), "\(before.body)")

        try await server.stop()
        let asked = Date()
        let away = try await Self.get(stories)
        let waited = Date().timeIntervalSince(asked)
        print("database away: GET /api/stories answered \(away.status) in \(String(format: "%.1f", waited)) s: \(away.body)")
        #expect(away.status == 503)
        let error = try #require(try JSONSerialization.jsonObject(with: Data(away.body.utf8)) as? [String: Any])["error"]
            as? [String: Any]
        #expect(error?["status"] as? Int == 503)
        #expect((error?["message"] as? String)?.contains("database") == true, "\(away.body)")
        // Well before the request deadline (30 s), which would also answer 503 but keep every client waiting.
        #expect(waited < 15)
        // A second request while it is still away is answered as quickly.
        #expect(try await Self.get(stories).status == 503)

        try await server.start()
        let back = Date()
        var status = 0
        while status != 200, Date().timeIntervalSince(back) < 90 {
            status = try await Self.get(stories).status
            if status != 200 { try await Task.sleep(for: .milliseconds(250)) }
        }
        print("database back: 200 again after \(String(format: "%.1f", Date().timeIntervalSince(back))) s")
        #expect(status == 200)
        // The same stories as before: nothing was lost, and no stale error was kept as the view.
        #expect(try await Self.get(stories).body == before.body)

        process.terminate()
        #expect(try await CorpusFixtures.exited(process, within: 30))
    }

    static func get(_ url: URL) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: url)
        request.timeoutInterval = 60
        let (body, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: body, as: UTF8.self))
    }
}

/// A database that never answers: the ingest does not wait forever, but gives up once the retry policy's total
/// wait is spent, with an error that names the database and the tries made. No server is needed (a closed port).
@Test func anIngestGivesUpOnADatabaseThatNeverAnswersNamingIt() async throws {
    let folder = try CorpusFixtures.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = try CorpusFixtures.write(CorpusFixtures.stream(5), to: folder.appendingPathComponent("few.jsonl"))
    // A port nothing listens on: the kernel gave it to a socket that is closed again.
    let port = try closedPort()
    var timeouts = PostgresTimeouts()
    timeouts.connection = .seconds(1)
    let store = PostgresStore(address: try PostgresAddress(url: "postgres://nobody@127.0.0.1:\(port)/gone"), timeouts: timeouts)
    var options = IngestOptions()
    options.retry.firstDelay = 0.2
    options.retry.totalWait = 4
    let retries = RetryLog()
    let started = Date()
    do {
        _ = try await Corpus(store: store).ingest(paths: [input], options: options, events: IngestEvents(retrying: { retries.add($0.line) }))
        Issue.record("the ingest of an unreachable database succeeded")
    } catch let error as StoreError {
        #expect(error.description.contains("127.0.0.1:\(port)/gone cannot be reached"), "\(error)")
        #expect(error.description.contains("gave up after"), "\(error)")
    }
    let waited = Date().timeIntervalSince(started)
    await store.close()
    // Bounded, not fast: each try's clusterer load and state save have budgets of their own, and the tests
    // beside it may hold both threads of the task pool with long synchronous work (6 s alone; 33 s once beside
    // the whole suite, 94 s and 258 s beside it on a machine two builds loaded); what must not happen is a wait
    // without end.
    #expect(waited < 600, "waited \(waited) s")
    #expect(!retries.lines.isEmpty)
    #expect(retries.lines.allSatisfy { $0.contains("127.0.0.1:\(port)/gone cannot be reached") && $0.contains(" s, at ") })
}

/// A port nothing listens on: one the kernel gives a socket bound to port 0, closed again at once.
private func closedPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw PostgresTestError("no socket") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
            bind(descriptor, raw, length) == 0 && getsockname(descriptor, raw, &length) == 0
        }
    }
    guard bound else { throw PostgresTestError("no free port") }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// The retry lines an ingest gave.
private final class RetryLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _lines: [String] = []
    var lines: [String] { lock.withLock { _lines } }
    func add(_ line: String) { lock.withLock { _lines.append(line) } }
}
