import Foundation
import GRDB

extension SQLiteStore {
    /// Marks FTS5's `snippet()` puts around matched words; control characters no article text holds after reading.
    static let highlightStart = "\u{1}"
    static let highlightEnd = "\u{2}"

    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        try await mapErrors {
            try await database.read { db in
                guard case .pattern(let pattern) = Self.textPattern(query.filter, adding: query.text) else { return [] }
                var (conditions, arguments) = Self.articleConditions(query.filter)
                conditions.insert("articleFTS MATCH ?", at: 0)
                arguments.insert(pattern, at: 0)
                arguments.append(query.limit)
                // Title matches count four times a body match; bm25 is smaller for better matches.
                let rows = try Row.fetchAll(db, sql: """
                    SELECT article.*,
                           snippet(articleFTS, -1, char(1), char(2), '…', 24) AS snippet,
                           bm25(articleFTS, 4.0, 1.0) AS score
                    FROM articleFTS JOIN article ON article.arrival = articleFTS.rowid
                    WHERE \(conditions.joined(separator: " AND "))
                    ORDER BY score, article.arrival LIMIT ?
                    """, arguments: StatementArguments(arguments))
                return try rows.map { row in
                    SearchHit(
                        article: try ArticleRecord(row: row).stored(), snippet: Self.runs(row["snippet"] ?? ""),
                        score: row["score"])
                }
            }
        }
    }

    /// Splits a snippet at its highlight marks.
    static func runs(_ snippet: String) -> [SnippetRun] {
        var runs: [SnippetRun] = []
        var highlighted = false
        var current = ""
        for character in snippet {
            let mark = String(character)
            if mark == highlightStart || mark == highlightEnd {
                if !current.isEmpty { runs.append(SnippetRun(text: current, highlighted: highlighted)) }
                current = ""
                highlighted = mark == highlightStart
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { runs.append(SnippetRun(text: current, highlighted: highlighted)) }
        return runs
    }
}
