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
        return (Comparison().compare(articles), articles.count, total)
    }
}
