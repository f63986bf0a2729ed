import Foundation
import GRDB

/// The SQL functions over article text, which `article` keeps compressed (`TextCompression`).
extension DatabaseFunction {
    /// `decompressText(compressedText)`: the text FTS5 reads through the view `articleContent` (for snippets,
    /// 'rebuild' and 'integrity-check') and is given by the triggers on deletes and updates. Every connection to
    /// a store needs it: `SQLiteStore` adds it to the connections it opens.
    static let decompressText = DatabaseFunction("decompressText", argumentCount: 1, pure: true) { values in
        guard let compressed = Data.fromDatabaseValue(values[0]) else { return nil }
        do throws(TextCompression.Damaged) {
            return try TextCompression.decompress(compressed)
        } catch {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "an article's text is damaged: \(error.reason)")
        }
    }

    /// `compressText(text)`: for the migration that compressed the text stores already held; ingest compresses
    /// ahead, on the reading thread (`IncomingArticle`).
    static let compressText = DatabaseFunction("compressText", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(TextCompression.compress)
    }
}
