import ParallaxReading

/// An article with the Analysis stage's annotations. All offsets are Unicode scalars of `article.text`.
public struct AnalyzedArticle: Sendable {
    public var article: Article
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [ArticleEntity]
    /// Direct quotes, then reported speech, each with speaker and cue.
    public var quotes: [Quote]
    public var dates: [DateMention]
    public var figures: [Figure]

    /// The article's content words, folded and stemmed (English) or folded (other languages), without stop words:
    /// what later stages compare articles by.
    public var terms: [String]
}
