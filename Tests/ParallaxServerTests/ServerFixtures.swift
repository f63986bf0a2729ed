import Foundation
import HTTPTypes
import Hummingbird
import Logging
import HummingbirdTesting
import ParallaxCorpus
import ParallaxServer

/// A server over a fresh store in a temporary folder, and requests written the way the tests need them.
enum ServerFixtures {
    static let token = "test-write-token"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    static func server(
        token: String? = ServerFixtures.token, maxBodyBytes: Int = 4 << 20, requestTimeout: Duration = .seconds(30)
    ) throws -> ParallaxServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = try Corpus(location: .sqlite(folder.appendingPathComponent("test.sqlite").path), mode: .createIfMissing)
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.writeToken = token
        configuration.maxBodyBytes = maxBodyBytes
        configuration.requestTimeout = requestTimeout
        return ParallaxServer(corpus: corpus, configuration: configuration)
    }

    /// Whether `condition` comes true within `timeout`, asked every 20 ms: for views made in the background.
    static func eventually(
        within timeout: Duration = .seconds(30), _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }

    /// Quiet: the access log of every test request is noise in the test output.
    static let logger: Logger = {
        var logger = Logger(label: "parallax.test")
        logger.logLevel = .warning
        return logger
    }()

    /// A seed report as `{"id", "text"}`, its text the file as saved.
    static func seedJSON(_ name: String) throws -> String {
        let text = try String(contentsOf: repository.appendingPathComponent("samples/\(name).txt"), encoding: .utf8)
        return "{\"id\":\(quoted(name)),\"text\":\(quoted(text))}"
    }

    static let seeds = ["000_7800a2805b90ebf6", "001_71e3aa6deb07e942"]

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}

struct Answer {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    /// The body as JSON.
    var json: Any { (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) ?? NSNull() }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Answer {
        try await execute(uri: uri, method: .get) { Answer(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
    }

    func post(
        _ uri: String, _ body: String, contentType: String = "application/json", token: String? = ServerFixtures.token,
        headers extra: HTTPFields = [:]
    ) async throws -> Answer {
        var headers = extra
        headers[.contentType] = contentType
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            Answer(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
        }
    }
}
