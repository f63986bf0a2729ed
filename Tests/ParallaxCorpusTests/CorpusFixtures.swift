import Foundation
import ParallaxClustering
import ParallaxReading

/// Inputs for the corpus's tests: the bundled sample, streams made from it written as JSONL, temporary stores,
/// and the `parallax` executable built beside the tests.
enum CorpusFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL
    static let samples = repository.appendingPathComponent("samples").path
    static let executable = repository.appendingPathComponent(".build/debug/parallax").path

    static func sample() -> [Article] {
        var articles: [Article] = []
        ArticleReader().read(paths: [samples]) { if case .success(let article) = $0 { articles.append(article) } }
        return articles
    }

    /// `count` articles of the synthetic stream made from the sample: several stories and events, each article of
    /// a later round under its own URL.
    static func stream(_ count: Int) -> [Article] {
        let stream = SyntheticStream(base: sample())
        return (0..<count).map(stream.article)
    }

    /// Whether the process ended in time; killed if not. Polled rather than `waitUntilExit()`, which blocks a
    /// thread of the task pool (two on a 2-core machine) running its run loop, and can hang on Linux when two
    /// tests wait at once: seen twice, two many-writers tests idle for good after their ingests had ended.
    static func exited(_ process: Process, within seconds: Double) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        return false
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes articles as interchange JSONL.
    @discardableResult
    static func write(_ articles: [Article], to url: URL) throws -> String {
        try (articles.map(\.jsonLine).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// "id story event" for each article, as one clusterer run over them gives.
    static func clustererPlacements(_ articles: [Article]) -> [String: String] {
        var clusterer = StoryClusterer()
        return Dictionary(uniqueKeysWithValues: articles.map { article in
            let assignment = clusterer.add(article)
            return (article.id, "\(assignment.story) \(assignment.event)")
        })
    }
}
