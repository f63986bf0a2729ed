/// One article found by a search, with the passage that matched.
public struct SearchHit: Sendable, Hashable {
    public var article: StoredArticle
    /// The passage, as runs of text; the runs that matched the query are `highlighted`.
    public var snippet: [SnippetRun]
    /// Relevance (bm25; smaller is better, as SQLite ranks it).
    public var score: Double

    public init(article: StoredArticle, snippet: [SnippetRun], score: Double) {
        self.article = article
        self.snippet = snippet
        self.score = score
    }

    /// The passage as plain text.
    public var snippetText: String { snippet.map(\.text).joined() }
}

public struct SnippetRun: Sendable, Hashable {
    public var text: String
    public var highlighted: Bool

    public init(text: String, highlighted: Bool) {
        self.text = text
        self.highlighted = highlighted
    }
}
