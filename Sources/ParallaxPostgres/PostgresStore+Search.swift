import Foundation
import ParallaxStorage
import PostgresNIO

extension PostgresStore {
    /// Marks `ts_headline` puts around matched words: control characters no article text holds after reading.
    static let highlightStart: Character = "\u{1}"
    static let highlightEnd: Character = "\u{2}"

    /// Full-text search: the text is read as web-search syntax (`websearch_to_tsquery`: words are all required,
    /// "quoted phrases", `or`, `-word` to exclude), stemmed in English with accents ignored; ranked by
    /// `ts_rank_cd` with titles weighing more. `score` is the rank negated, so that smaller is better as with
    /// SQLite's bm25.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        try await using { client in
            var builder = QueryBuilder()
            guard let tsQuery = Self.tsQuery(query.filter, words: query.text, &builder) else { return [] }
            Self.articleConditions(query.filter, &builder)
            let conditions = (["search @@ query"] + builder.conditions).joined(separator: " AND ")
            let limit = builder.bind(query.limit)
            // The best first, then the snippets of those alone: ts_headline reads and parses a whole text.
            let rows = try await client.query(builder.query("""
                SELECT \(articleColumns),
                       ts_headline('parallax', text, query,
                                   E'StartSel=\\x01, StopSel=\\x02, MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…'),
                       rank
                FROM (SELECT article.*, query, ts_rank_cd(search, query) AS rank
                      FROM article, (SELECT \(tsQuery) AS query) AS q
                      WHERE \(conditions)
                      ORDER BY rank DESC, arrival LIMIT \(limit)) AS best
                ORDER BY rank DESC, arrival
                """)).collect()
            return try rows.map { row in
                let cells = row.makeRandomAccess()
                let snippet = try cells[18].decode(String.self)
                let rank = try cells[19].decode(Float.self)
                return SearchHit(article: try storedArticle(row), snippet: Self.runs(snippet), score: -Double(rank))
            }
        }
    }

    /// Splits a snippet at its highlight marks.
    static func runs(_ snippet: String) -> [SnippetRun] {
        var runs: [SnippetRun] = []
        var highlighted = false
        var current = ""
        for character in snippet {
            if character == highlightStart || character == highlightEnd {
                if !current.isEmpty { runs.append(SnippetRun(text: current, highlighted: highlighted)) }
                current = ""
                highlighted = character == highlightStart
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { runs.append(SnippetRun(text: current, highlighted: highlighted)) }
        return runs
    }
}
