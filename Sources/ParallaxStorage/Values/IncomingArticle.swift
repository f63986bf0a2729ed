import ParallaxReading

/// An article on its way into the store, with the keys that decide whether it is already there.
public struct IncomingArticle: Sendable, Hashable {
    public var article: Article
    /// The article's URL in canonical form (`CanonicalURL`), nil without a usable URL.
    public var canonicalURL: String?
    /// A hash of the normalised text (`ContentHash`), nil when the text is too short to call another a copy.
    public var contentHash: String?

    public init(_ article: Article) {
        self.article = article
        canonicalURL = article.url.flatMap(CanonicalURL.init).map(\.string)
        contentHash = ContentHash(text: article.text)?.hex
    }
}
