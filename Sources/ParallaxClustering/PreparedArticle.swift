import ParallaxAnalysis
import ParallaxReading

/// What the clusterer computes from an article alone, before it looks at anything it has seen: terms, days and
/// the MinHash signature. Preparing needs no state, so a reader thread can prepare articles while the clusterer
/// places earlier ones; `StoryClusterer.add(_:)` on a prepared article gives what `add` on the article gives.
///
/// ```swift
/// let preparer = clusterer.preparer          // Sendable: hand it to another thread
/// let prepared = preparer.prepare(article)   // there
/// let assignment = clusterer.add(prepared)   // here, in arrival order
/// ```
public struct PreparedArticle: Sendable {
    public let id: String
    let features: ArticleFeatures
    let signature: [UInt64]?
}

/// Prepares articles for one clusterer (its stop words and weights).
public struct ArticlePreparer: Sendable {
    let stopWords: StopWordHashes
    let weights: ArticleFeatures.Weights

    public func prepare(_ article: Article) -> PreparedArticle {
        let features = ArticleFeatures(article, stopWords: stopWords, weights: weights)
        return PreparedArticle(id: article.id, features: features, signature: NearDuplicates.signature(features.shingles))
    }
}
