import ParallaxPostgres

/// Where a corpus lives, as given by `--db` or `PARALLAX_DB`.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file, made on first ingest.
    case sqlite(String)
    /// A PostgreSQL database, shared by many processes; its tables are made on first ingest.
    case postgres(PostgresAddress)

    public static let defaultPath = "parallax.sqlite"

    /// Reads a `--db` value: a `postgres://USER@HOST:PORT/DATABASE` URL, else a file path.
    public init(_ text: String) throws(CorpusError) {
        if PostgresAddress.isPostgresURL(text) {
            do {
                self = .postgres(try PostgresAddress(url: text))
            } catch {
                throw CorpusError.unsupportedLocation(error.description)
            }
            return
        }
        guard !text.isEmpty else { throw CorpusError.unsupportedLocation("the store path is empty; give a file such as parallax.sqlite") }
        self = .sqlite(text)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let address): address.description
        }
    }
}
