import Foundation
import ParallaxReading

/// An article as the store holds it: what the reader found, where clustering put it, and its bookkeeping.
public struct StoredArticle: Sendable, Hashable {
    /// Its place in the order articles were stored, from 1; the clusterer saw them in this order.
    public var arrival: Int
    public var article: Article
    public var canonicalURL: String?
    public var contentHash: String?
    /// When it was stored.
    public var ingestedAt: Date
    public var story: String
    public var event: String
    /// The earliest stored article whose text this one copies.
    public var duplicateOf: String?

    public init(
        arrival: Int, article: Article, canonicalURL: String?, contentHash: String?, ingestedAt: Date,
        story: String, event: String, duplicateOf: String?
    ) {
        self.arrival = arrival
        self.article = article
        self.canonicalURL = canonicalURL
        self.contentHash = contentHash
        self.ingestedAt = ingestedAt
        self.story = story
        self.event = event
        self.duplicateOf = duplicateOf
    }

    public var id: String { article.id }
}
