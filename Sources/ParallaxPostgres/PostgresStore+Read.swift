import Foundation
import ParallaxReading
import ParallaxStorage
import PostgresNIO

extension PostgresStore {
    public func statistics() async throws -> StoreStatistics {
        try await using { client in
            let rows = try await client.query("""
                SELECT (SELECT count(*) FROM article_key), (SELECT count(*) FROM story), (SELECT count(*) FROM event),
                       (SELECT count(*) FROM article_key WHERE duplicate_of IS NOT NULL)
                """).decode((Int, Int, Int, Int).self).collect()
            let (articles, stories, events, copies) = rows.first ?? (0, 0, 0, 0)
            return StoreStatistics(articles: articles, stories: stories, events: events, copies: copies)
        }
    }

    /// The newest arrival: the last entry of `article_key`'s primary key.
    public func changeMark() async throws -> Int? {
        try await using { client in
            try await client.query("SELECT max(arrival) FROM article_key").decode(Int?.self).collect().first ?? nil
        }
    }

    public func stories(_ query: StoryQuery) async throws -> [StorySummary] {
        try await using { client in
            var builder = QueryBuilder()
            if let after = query.after {
                // The list's order, (sort_day DESC, last_arrival DESC), continued past `after`.
                let day = builder.bind(after.day), arrival = builder.bind(after.lastArrival)
                builder.conditions.append("(sort_day < \(day) OR (sort_day = \(day) AND last_arrival < \(arrival)))")
            }
            if let since = query.filter.since { builder.conditions.append("sort_day >= \(builder.bind(since.description))") }
            if let until = query.filter.until { builder.conditions.append("first_date <= \(builder.bind(until.description))") }
            if let outlet = query.filter.outlet {
                builder.conditions.append("id IN (SELECT story FROM article WHERE coalesce(outlet, agency) = \(builder.bind(outlet)))")
            }
            if let match = Self.textMatch(query.filter, &builder) {
                builder.conditions.append("id IN (SELECT story FROM article WHERE \(match))")
            }
            let limit = builder.bind(query.limit)
            let stories = try await client.query(builder.query("""
                SELECT \(SummaryRow.storyColumns) FROM story \(builder.whereClause)
                ORDER BY sort_day DESC, last_arrival DESC LIMIT \(limit)
                """)).collect().map(SummaryRow.init)
            let outlets = try await Self.outlets(client, column: "story", of: stories.map(\.id))
            return stories.map { $0.storySummary(outlets: outlets[$0.id] ?? []) }
        }
    }

    public func story(id: String) async throws -> StorySummary? {
        try await using { client in
            guard let story = try await client.query(
                "SELECT \(unescaped: SummaryRow.storyColumns) FROM story WHERE id = \(id)").collect().first.map(SummaryRow.init)
            else { return nil }
            return story.storySummary(outlets: try await Self.outlets(client, column: "story", of: [id])[id] ?? [])
        }
    }

    public func event(id: String) async throws -> EventSummary? {
        try await using { client in
            guard let event = try await client.query(
                "SELECT \(unescaped: SummaryRow.eventColumns) FROM event WHERE id = \(id)").collect().first.map(SummaryRow.init)
            else { return nil }
            return event.eventSummary(outlets: try await Self.outlets(client, column: "event", of: [id])[id] ?? [])
        }
    }

    public func events(inStory story: String) async throws -> [EventSummary] {
        try await using { client in
            let events = try await client.query("""
                SELECT \(unescaped: SummaryRow.eventColumns) FROM event WHERE story = \(story)
                ORDER BY first_date IS NULL, first_date, first_arrival
                """).collect().map(SummaryRow.init)
            let outlets = try await Self.outlets(client, column: "event", of: events.map(\.id))
            return events.map { $0.eventSummary(outlets: outlets[$0.id] ?? []) }
        }
    }

    public func article(id: String) async throws -> StoredArticle? {
        try await using { client in
            try await ArticlesByKey.article(id: id) { try await client.query($0).collect() }
        }
    }

    public func articles(in scope: ArticleScope, limit: Int) async throws -> [StoredArticle] {
        try await using { client in
            let query: PostgresQuery = switch scope {
            case .story(let story):
                "SELECT \(unescaped: articleColumns) FROM article WHERE story = \(story) ORDER BY arrival LIMIT \(limit)"
            case .event(let event):
                "SELECT \(unescaped: articleColumns) FROM article WHERE event = \(event) ORDER BY arrival LIMIT \(limit)"
            }
            return try await client.query(query).collect().map(storedArticle)
        }
    }

    public func copies(of id: String) async throws -> [StoredArticle] {
        try await using { client in
            try await client.query(
                "SELECT \(unescaped: articleColumns) FROM article WHERE duplicate_of = \(id) ORDER BY arrival"
            ).collect().map(storedArticle)
        }
    }

    public func articles(matching filter: ArticleFilter, after arrival: Int, limit: Int) async throws -> [StoredArticle] {
        try await using { client in
            var builder = QueryBuilder()
            builder.conditions.append("arrival > \(builder.bind(arrival))")
            Self.articleConditions(filter, &builder)
            if let match = Self.textMatch(filter, &builder) { builder.conditions.append(match) }
            let limit = builder.bind(limit)
            return try await client.query(builder.query(
                "SELECT \(articleColumns) FROM article \(builder.whereClause) ORDER BY arrival LIMIT \(limit)"
            )).collect().map(storedArticle)
        }
    }

    // MARK: Helpers

    /// Conditions on `article` for a filter's days and outlet.
    static func articleConditions(_ filter: ArticleFilter, _ builder: inout QueryBuilder) {
        if let since = filter.since { builder.conditions.append("date >= \(builder.bind(since.description))") }
        if let until = filter.until { builder.conditions.append("date <= \(builder.bind(until.description))") }
        if let outlet = filter.outlet {
            builder.conditions.append("coalesce(outlet, agency) = \(builder.bind(outlet))")
        }
    }

    /// The full-text condition of a filter's words (all of them, no syntax read) and entity (a phrase), with
    /// `words` (a search's own text, read as web-search syntax) when given; nil when the filter asks for no text.
    static func textMatch(_ filter: ArticleFilter, words: String? = nil, _ builder: inout QueryBuilder) -> String? {
        guard let query = tsQuery(filter, words: words, &builder) else { return nil }
        return "search @@ (\(query))"
    }

    static func tsQuery(_ filter: ArticleFilter, words: String? = nil, _ builder: inout QueryBuilder) -> String? {
        var parts: [String] = []
        if let words { parts.append("websearch_to_tsquery('parallax', \(builder.bind(storable(words))))") }
        if let query = filter.query { parts.append("plainto_tsquery('parallax', \(builder.bind(storable(query))))") }
        if let entity = filter.entity { parts.append("phraseto_tsquery('parallax', \(builder.bind(storable(entity))))") }
        return parts.isEmpty ? nil : parts.joined(separator: " && ")
    }

    /// The outlets (else agencies) of the articles of each story or event, most articles first.
    static func outlets(_ client: PostgresClient, column: String, of ids: [String]) async throws -> [String: [String]] {
        guard !ids.isEmpty else { return [:] }
        var outlets: [String: [String]] = [:]
        let rows = try await client.query("""
            SELECT \(unescaped: column), coalesce(outlet, agency) AS source, count(*) AS n FROM article
            WHERE \(unescaped: column) = ANY(\(ids)) AND coalesce(outlet, agency) IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, n DESC, coalesce(outlet, agency) COLLATE "C"
            """)
        for try await (owner, source, _) in rows.decode((String, String, Int).self) { outlets[owner, default: []].append(source) }
        return outlets
    }
}
