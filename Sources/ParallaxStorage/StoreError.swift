/// Why a store could not be opened, read or written. The description names the store and says what to do.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// No store at that path, for a command that only reads.
        case missing
        /// The file is not an SQLite database at all.
        case notADatabase
        /// An SQLite database, but not one Parallax made.
        case notAParallaxStore(tables: [String])
        /// Made by a newer Parallax (it knows migrations this one does not).
        case newerSchema
        case readOnly
        case diskFull
        /// Another process holds the store's write lock for longer than we wait.
        case busy
        /// The store changed under the clusterer in a way catching up cannot explain.
        case outOfStep(String)
        case unreadable(String)
        /// A database server that cannot be reached now (down, restarting, refusing connections): trying again
        /// later may succeed.
        case unreachable(String)
    }

    public var location: String
    public var reason: Reason

    public init(location: String, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            return "there is no Parallax store at \(location); make one with `parallax ingest FILE…`, "
                + "or name another with --db or PARALLAX_DB"
        case .notADatabase:
            return "\(location) is not a Parallax store (not an SQLite database); give another file with --db"
        case .notAParallaxStore(let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            return "\(location) is a database of another program (tables: \(shown)), not a Parallax store; "
                + "give another file with --db"
        case .newerSchema:
            return "\(location) was written by a newer version of Parallax; use that version, or a new store with --db"
        case .readOnly:
            return "\(location) cannot be written (read-only file or folder); check its permissions, or give another --db"
        case .diskFull:
            return "\(location): the disk is full; nothing after the last committed batch was stored. "
                + "Free some space and run the same command again"
        case .busy:
            return "\(location) is being written by another process that did not finish in time; "
                + "run the command again when it is done"
        case .outOfStep(let why):
            return "\(location): \(why)"
        case .unreadable(let why):
            return "\(location) cannot be used: \(why)"
        case .unreachable(let why):
            return "\(location) cannot be reached: \(why); check that the database server runs and accepts "
                + "connections, then run the command again"
        }
    }
}
