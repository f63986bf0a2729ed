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
                // The best first, then the snippets of those alone: snippet() reads and tokenizes a whole text, and
                // computed beside the ranking it runs for every match (6,000 for a common word) before the sort
                // keeps `limit` of them. The article table joins the ranking only when the filter needs its columns.
                // CROSS JOIN keeps SQLite from running the outer MATCH over every match again.
                let filtered = conditions.count > 1 ? "JOIN article ON article.arrival = articleFTS.rowid" : ""
                let rows = try Row.fetchAll(db, sql: """
                    WITH best AS (
                        SELECT articleFTS.rowid AS arrival, bm25(articleFTS, 4.0, 1.0) AS score
                        FROM articleFTS \(filtered)
                        WHERE \(conditions.joined(separator: " AND "))
                        ORDER BY score, articleFTS.rowid LIMIT ?)
                    SELECT article.*, snippet(articleFTS, -1, char(1), char(2), '…', 24) AS snippet, best.score AS score
                    FROM best CROSS JOIN articleFTS CROSS JOIN article
                    WHERE articleFTS.rowid = best.arrival AND articleFTS MATCH ? AND article.arrival = best.arrival
                    ORDER BY best.score, best.arrival
                    """, arguments: StatementArguments(arguments + [query.limit, pattern]))
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
