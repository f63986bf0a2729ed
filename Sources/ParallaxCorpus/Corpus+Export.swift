import ParallaxStorage

extension Corpus {
    /// Every stored article matching the filter, in arrival order, page by page so that memory holds one page.
    public func export(_ filter: ArticleFilter = ArticleFilter(), _ body: (StoredArticle) throws -> Void) async throws {
        var after = 0
        while true {
            let page = try await store.articles(matching: filter, after: after, limit: 1_000)
            for article in page { try body(article) }
            guard let last = page.last, page.count == 1_000 else { return }
            after = last.arrival
        }
    }
}
