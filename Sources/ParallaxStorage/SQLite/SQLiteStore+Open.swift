import Foundation
import GRDB

extension SQLiteStore {
    /// Whether opening a path that holds no store makes one.
    public enum OpenMode: Sendable {
        /// Make and migrate a new store (ingest).
        case createIfMissing
        /// Refuse with `StoreError.Reason.missing` (commands that only read).
        case existing
    }

    /// Opens the store at `path`. A file that is not an SQLite database, or an SQLite database of another program,
    /// is refused before anything is written to it; a file without write permission is opened read-only.
    public init(path: String, mode: OpenMode = .createIfMissing) throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError(location: path, reason: .unreadable("it is a folder")) }
            try Self.checkHeader(path)
        } else if mode == .existing {
            throw StoreError(location: path, reason: .missing)
        }
        var configuration = Configuration()
        // A second writer (another ingest) waits for the batch being written, rather than failing at once.
        configuration.busyMode = .timeout(60)
        // WAL with synchronous=NORMAL keeps every committed transaction when the process is killed; only a power
        // cut may lose the last ones, never corrupt the file.
        // The WAL file is cut back to 64 MB after each checkpoint, so a large batch does not leave it large.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 67108864")
            // Readers too: search snippets read the text through it.
            db.add(function: .decompressText)
        }
        if files.fileExists(atPath: path), !files.isWritableFile(atPath: path) { configuration.readonly = true }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: throw StoreError(location: path, reason: .notADatabase)
            case .SQLITE_READONLY: throw StoreError(location: path, reason: .readOnly)
            case .SQLITE_CANTOPEN:
                throw StoreError(location: path, reason: .unreadable("it cannot be opened; does its folder exist, and may it be written?"))
            default: throw StoreError(location: path, reason: .unreadable(error.message ?? "\(error)"))
            }
        }
        try self.init(pool, location: path)
    }

    /// An SQLite file starts with "SQLite format 3" and a zero byte; an empty file is a new store.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(location: path, reason: .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard !header.isEmpty else { return }
        if header != Data("SQLite format 3\u{0}".utf8) { throw StoreError(location: path, reason: .notADatabase) }
    }
}
