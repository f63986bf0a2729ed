import ParallaxReading
import ParallaxStorage

/// Adds articles that arrive a few at a time (the server's requests) rather than as one input: one clusterer
/// kept for the life of the process, so that each request costs its articles, not a replay of the corpus.
///
/// Requests are placed one after another (the actor), each batch in one transaction. The clusterer catches up
/// with what other writers (a `parallax ingest` beside the server) committed inside that transaction, so the
/// assignments are those one process would give in commit order. It is loaded on the first write, not at start,
/// and made again after a failed write.
public actor CorpusWriter {
    private let store: any Store
    private var clusterer: CorpusClusterer?

    public init(corpus: Corpus) {
        store = corpus.store
    }

    /// Places and stores articles, in order, in transactions of at most `IngestOptions().batchSize`, so that a
    /// large request does not hold the store's write lock for long; outcomes come back in the same order. When a
    /// transaction fails, the ones before it stay stored.
    public func add(_ articles: [Article]) async throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        let batchSize = IngestOptions().batchSize
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            let clusterer = try await currentClusterer()
            let batch = articles[start..<min(start + batchSize, articles.count)].map { article in
                var incoming = IncomingArticle(article)
                incoming.prepare(with: clusterer.preparer)
                return incoming
            }
            do {
                outcomes += try await store.add(batch, clusterer: clusterer)
            } catch {
                self.clusterer = nil
                throw error
            }
        }
        return outcomes
    }

    /// Saves the clusterer's state, so that the next process to open the store need not replay these articles.
    public func save() async throws {
        guard let clusterer else { return }
        try await store.saveClusteringState(clusterer)
    }

    private func currentClusterer() async throws -> CorpusClusterer {
        if let clusterer { return clusterer }
        let loaded = try await store.clusterer()
        clusterer = loaded
        return loaded
    }
}
