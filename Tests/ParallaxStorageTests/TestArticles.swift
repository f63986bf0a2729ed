import Foundation
import ParallaxClustering
import ParallaxReading
import ParallaxStorage

/// Articles for the store's tests: the bundled sample (the AFP and AP seeds and a French page) and a longer
/// stream made from them.
enum TestArticles {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../samples").standardizedFileURL.path

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

    static func incoming(_ articles: [Article]) -> [IncomingArticle] {
        articles.map(IncomingArticle.init)
    }
}
