import Foundation
import ParallaxComparison
import ParallaxReading
import ParallaxStorage

extension Corpus {
    /// The most articles a report compares: beyond it the report takes the first ones stored.
    public static let reportedArticles = 300

    /// The coverage report of a stored story or event.
    public func report(id: String) async throws -> (report: CoverageReport, articles: Int, total: Int) {
        let scope: ArticleScope
        let total: Int
        if let story = try await store.story(id: id) {
            scope = .story(id)
            total = story.articleCount
        } else if let event = try await store.event(id: id) {
            scope = .event(id)
            total = event.articleCount
        } else {
            throw CorpusError.unknownID(id)
        }
        let articles = try await store.articles(in: scope, limit: Self.reportedArticles).map(\.article)
        let report = await Self.offThePool { Comparison().compare(articles) }
        return (report, articles.count, total)
    }

    /// Runs CPU-heavy work on a thread of its own, not on one of Swift concurrency's few (as many as cores): a
    /// report of hundreds of articles takes a second, in which a server's other requests would wait for a thread.
    static func offThePool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async { continuation.resume(returning: work()) }
        }
    }
}
