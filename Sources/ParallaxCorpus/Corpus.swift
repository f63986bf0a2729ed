import ParallaxPostgres
import ParallaxStorage

/// The use cases over a store: ingest, stories, show, search, report, export. The command line and the server
/// call these, and only render what they return.
///
/// ```swift
/// let corpus = try Corpus(location: .sqlite("parallax.sqlite"), mode: .createIfMissing)
/// let summary = try await corpus.ingest(paths: ["samples/"])
/// for story in try await corpus.stories() { print(story.id, story.headline ?? "") }
/// let report = try await corpus.report(id: "s1")
/// ```
public struct Corpus: Sendable {
    public let store: any Store

    public init(store: any Store) {
        self.store = store
    }

    /// Opens the store at a location. A PostgreSQL store connects and checks its schema on first use.
    public init(location: StoreLocation, mode: SQLiteStore.OpenMode) throws {
        switch location {
        case .sqlite(let path):
            store = try SQLiteStore(path: path, mode: mode)
        case .postgres(let address):
            store = PostgresStore(address: address, mode: mode)
        }
    }
}
