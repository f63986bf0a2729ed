/// Where a corpus lives, as given by `--db` or `PARALLAX_DB`.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file, made on first ingest.
    case sqlite(String)

    public static let defaultPath = "parallax.sqlite"

    /// Reads a `--db` value: a file path. A `postgres://` URL is refused for now, with what to do instead.
    public init(_ text: String) throws(CorpusError) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            throw CorpusError.unsupportedLocation(
                "\(text): PostgreSQL stores are not supported yet; give an SQLite file path such as parallax.sqlite")
        }
        guard !text.isEmpty else { throw CorpusError.unsupportedLocation("the store path is empty; give a file such as parallax.sqlite") }
        self = .sqlite(text)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        }
    }
}
