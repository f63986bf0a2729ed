import Foundation
import ParallaxClustering
import ParallaxReading

/// An article on its way into the store, with the keys that decide whether it is already there and, when the
/// caller had a spare core, what the clusterer needs of it (`prepare(with:)`).
public struct IncomingArticle: Sendable {
    public var article: Article
    /// The article's URL in canonical form (`CanonicalURL`), nil without a usable URL.
    public var canonicalURL: String?
    /// A hash of the normalised text (`ContentHash`), nil when the text is too short to call another a copy.
    public var contentHash: String?

    /// The text as the store keeps it, compressed where the article is made (on the reading thread in ingest),
    /// not in the write transaction.
    let compressedText: Data

    public init(_ article: Article) {
        self.article = article
        canonicalURL = article.url.flatMap(CanonicalURL.init).map(\.string)
        contentHash = ContentHash(text: article.text)?.hex
        compressedText = TextCompression.compress(article.text)
    }

    /// The article prepared for the clusterer, ahead of the transaction that places it.
    public var prepared: PreparedArticle?

    /// Prepares the article now, with the preparer of the clusterer that will place it (`CorpusClusterer.preparer`).
    public mutating func prepare(with preparer: ArticlePreparer) {
        prepared = preparer.prepare(article)
    }
}
