import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The real `parallax serve`: it answers on the port it reports, logs one line a request, and stops cleanly on
/// SIGTERM (exit status 0) after saving what it placed.
@Suite struct ServeProcessTests {
    static let executable = ServerFixtures.repository.appendingPathComponent(".build/debug/parallax").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable), "needs the parallax executable: swift build"))
    func servesLogsAndStopsOnSIGTERM() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["serve", "--db", folder.appendingPathComponent("s.sqlite").path, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // "parallax: serving … at http://127.0.0.1:PORT/ …"
        var log = ""
        var port: Int?
        let deadline = Date().addingTimeInterval(30)
        while port == nil, Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            log += String(decoding: chunk, as: UTF8.self)
            if let match = log.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                port = Int(log[match].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        let serving = try #require(port, "no port in: \(log)")

        var post = URLRequest(url: URL(string: "http://127.0.0.1:\(serving)/api/articles")!)
        post.httpMethod = "POST"
        post.setValue("application/json", forHTTPHeaderField: "Content-Type")
        post.httpBody = Data(#"{"id": "p1", "title": "Harbour reopens", "text": "The harbour reopened on Monday."}"#.utf8)
        let (_, posted) = try await URLSession.shared.data(for: post)
        #expect((posted as? HTTPURLResponse)?.statusCode == 201)
        let (body, listed) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(serving)/api/stories")!)
        #expect((listed as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("Harbour reopens"))

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        log += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("POST /api/articles 201"))
        #expect(log.contains("GET /api/stories 200"))
        #expect(log.hasSuffix("parallax: stopped\n"), "\(log)")
    }
}
