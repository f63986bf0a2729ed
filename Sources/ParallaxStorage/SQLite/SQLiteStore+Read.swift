import Foundation
import GRDB
import ParallaxReading

extension SQLiteStore {
    public func statistics() async throws -> StoreStatistics {
        try await mapErrors {
            try await database.read { db in
                StoreStatistics(
                    articles: try ArticleRecord.fetchCount(db), stories: try StoryRecord.fetchCount(db),
                    events: try EventRecord.fetchCount(db),
                    copies: try ArticleRecord.filter(ArticleRecord.Columns.duplicateOf != nil).fetchCount(db))
            }
        }
    }

    /// The newest arrival: the rowid, so the table's last row, found without reading any other.
    public func changeMark() async throws -> Int? {
        try await mapErrors {
            try await database.read { db in try Int.fetchOne(db, sql: "SELECT max(arrival) FROM article") }
        }
    }

    public func stories(_ query: StoryQuery) async throws -> [StorySummary] {
        try await mapErrors {
            try await database.read { db in
                var conditions: [String] = []
                var arguments: [any DatabaseValueConvertible] = []
                if let after = query.after {
                    // The list's order, (sortDay DESC, lastArrival DESC), continued past `after`.
                    conditions.append("(sortDay < ? OR (sortDay = ? AND lastArrival < ?))")
                    arguments += [after.day, after.day, after.lastArrival]
                }
                if let since = query.filter.since {
                    conditions.append("sortDay >= ?")
                    arguments.append(since.description)
                }
                if let until = query.filter.until {
                    conditions.append("firstDate <= ?")
                    arguments.append(until.description)
                }
                if let outlet = query.filter.outlet {
                    conditions.append("id IN (SELECT story FROM article WHERE coalesce(outlet, agency) = ?)")
                    arguments.append(outlet)
                }
                switch Self.textPattern(query.filter) {
                case .none: break
                case .impossible: return []
                case .pattern(let pattern):
                    conditions.append("""
                        id IN (SELECT article.story FROM articleFTS JOIN article ON article.arrival = articleFTS.rowid
                               WHERE articleFTS MATCH ?)
                        """)
                    arguments.append(pattern)
                }
                let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
                arguments.append(query.limit)
                let stories = try StoryRecord.fetchAll(
                    db, sql: "SELECT * FROM story \(clause) ORDER BY sortDay DESC, lastArrival DESC LIMIT ?",
                    arguments: StatementArguments(arguments))
                let outlets = try Self.outlets(db, column: "story", of: stories.map(\.id))
                return stories.map { $0.summary(outlets: outlets[$0.id] ?? []) }
            }
        }
    }

    public func story(id: String) async throws -> StorySummary? {
        try await mapErrors {
            try await database.read { db in
                guard let story = try StoryRecord.fetchOne(db, key: id) else { return nil }
                return story.summary(outlets: try Self.outlets(db, column: "story", of: [id])[id] ?? [])
            }
        }
    }

    public func event(id: String) async throws -> EventSummary? {
        try await mapErrors {
            try await database.read { db in
                guard let event = try EventRecord.fetchOne(db, key: id) else { return nil }
                return event.summary(outlets: try Self.outlets(db, column: "event", of: [id])[id] ?? [])
            }
        }
    }

    public func events(inStory story: String) async throws -> [EventSummary] {
        try await mapErrors {
            try await database.read { db in
                let events = try EventRecord.fetchAll(db, sql: """
                    SELECT * FROM event WHERE story = ? ORDER BY firstDate IS NULL, firstDate, firstArrival
                    """, arguments: [story])
                let outlets = try Self.outlets(db, column: "event", of: events.map(\.id))
                return events.map { $0.summary(outlets: outlets[$0.id] ?? []) }
            }
        }
    }

    public func article(id: String) async throws -> StoredArticle? {
        try await mapErrors {
            try await database.read { db in
                try ArticleRecord.filter(ArticleRecord.Columns.id == id).fetchOne(db)?.stored()
            }
        }
    }

    public func articles(in scope: ArticleScope, limit: Int) async throws -> [StoredArticle] {
        try await mapErrors {
            try await database.read { db in
                let request = switch scope {
                case .story(let story): ArticleRecord.filter(ArticleRecord.Columns.story == story)
                case .event(let event): ArticleRecord.filter(ArticleRecord.Columns.event == event)
                }
                return try request.order(ArticleRecord.Columns.arrival).limit(limit).fetchAll(db).map { try $0.stored() }
            }
        }
    }

    public func copies(of id: String) async throws -> [StoredArticle] {
        try await mapErrors {
            try await database.read { db in
                try ArticleRecord.filter(ArticleRecord.Columns.duplicateOf == id)
                    .order(ArticleRecord.Columns.arrival).fetchAll(db).map { try $0.stored() }
            }
        }
    }

    public func articles(matching filter: ArticleFilter, after arrival: Int, limit: Int) async throws -> [StoredArticle] {
        try await mapErrors {
            try await database.read { db in
                var (conditions, arguments) = Self.articleConditions(filter)
                switch Self.textPattern(filter) {
                case .none: break
                case .impossible: return []
                case .pattern(let pattern):
                    conditions.append("arrival IN (SELECT rowid FROM articleFTS WHERE articleFTS MATCH ?)")
                    arguments.append(pattern)
                }
                conditions.insert("arrival > ?", at: 0)
                arguments.insert(arrival, at: 0)
                arguments.append(limit)
                return try ArticleRecord.fetchAll(
                    db, sql: "SELECT * FROM article WHERE \(conditions.joined(separator: " AND ")) ORDER BY arrival LIMIT ?",
                    arguments: StatementArguments(arguments)
                ).map { try $0.stored() }
            }
        }
    }

    // MARK: Helpers

    /// Conditions on the `article` table for a filter's days and outlet.
    static func articleConditions(_ filter: ArticleFilter) -> ([String], [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let since = filter.since {
            conditions.append("article.date >= ?")
            arguments.append(since.description)
        }
        if let until = filter.until {
            conditions.append("article.date <= ?")
            arguments.append(until.description)
        }
        if let outlet = filter.outlet {
            conditions.append("coalesce(article.outlet, article.agency) = ?")
            arguments.append(outlet)
        }
        return (conditions, arguments)
    }

    enum TextPattern {
        /// The filter asks for no text.
        case none
        /// The filter asks for text no article can match (only punctuation, say).
        case impossible
        case pattern(FTS5Pattern)
    }

    /// The full-text pattern of a filter's words and entity: user text never reaches FTS5 as syntax.
    static func textPattern(_ filter: ArticleFilter, adding words: String? = nil) -> TextPattern {
        var parts: [FTS5Pattern] = []
        for text in [words, filter.query].compactMap({ $0 }) {
            guard let pattern = FTS5Pattern(matchingAllTokensIn: text) else { return .impossible }
            parts.append(pattern)
        }
        if let entity = filter.entity {
            guard let pattern = FTS5Pattern(matchingPhrase: entity) else { return .impossible }
            parts.append(pattern)
        }
        guard !parts.isEmpty else { return .none }
        if parts.count == 1 { return .pattern(parts[0]) }
        let combined = parts.map { "(\($0.rawPattern))" }.joined(separator: " AND ")
        return (try? FTS5Pattern(rawPattern: combined)).map(TextPattern.pattern) ?? .impossible
    }

    /// The outlets (else agencies) of the articles of each story or event, most articles first.
    static func outlets(_ db: Database, column: String, of ids: [String]) throws -> [String: [String]] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(column) AS owner, coalesce(outlet, agency) AS source, count(*) AS n FROM article
            WHERE \(column) IN (\(marks)) AND source IS NOT NULL
            GROUP BY owner, source ORDER BY owner, n DESC, source
            """, arguments: StatementArguments(ids))
        var outlets: [String: [String]] = [:]
        while let row = try rows.next() { outlets[row["owner"], default: []].append(row["source"]) }
        return outlets
    }
}
