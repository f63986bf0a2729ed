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

    /// `count` articles of the synthetic stream built from the sample: several stories and events. Each
    /// article of a later round gets its own URL, as a new report would.
    static func stream(_ count: Int) -> [Article] {
        let base = sample()
        let stream = SyntheticStream(base: base)
        return (0..<count).map { index in
            var article = stream.article(index)
            if index >= base.count { article.url = article.url.map { "\($0)?round=\(index / base.count)" } }
            return article
        }
    }

    static func incoming(_ articles: [Article]) -> [IncomingArticle] {
        articles.map(IncomingArticle.init)
    }
}
