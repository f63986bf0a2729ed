import ParallaxStorage
import PostgresNIO

/// Articles read through `article_key`, one month's partition at a time.
///
/// `article` has a partition per month of publication. A query that the month does not narrow (`WHERE arrival > n`,
/// `WHERE id = x`) opens every partition and its index, and locks each until the transaction ends: for a corpus
/// that spans decades, thousands of locks in one writer's turn, more than the server's lock table holds ("out of
/// shared memory"), and a plan over every partition each time. So the arrivals and their months are looked up in
/// `article_key` (one table, not partitioned), and each month's articles are read by a query whose bounds are
/// constants, which the planner prunes to that month's partition alone.
enum ArticlesByKey {
    /// Runs one query and returns its rows: a transaction's connection or the pool's client.
    typealias Run = (PostgresQuery) async throws -> [PostgresRow]

    /// Articles are replayed this many at a time.
    static let pageSize = 2000

    /// The next page of stored articles after `arrival` (through `last`, when given), in arrival order. An arrival
    /// whose article row is gone (its month was detached) is missing from the page; callers that need every one
    /// check that arrivals follow each other.
    static func page(after arrival: Int, through last: Int? = nil, _ run: Run) async throws -> [StoredArticle] {
        let keys: PostgresQuery = if let last {
            """
            SELECT arrival, to_char(published, 'YYYY-MM') FROM article_key WHERE arrival > \(arrival) AND arrival <= \(last)
            ORDER BY arrival LIMIT \(pageSize)
            """
        } else {
            "SELECT arrival, to_char(published, 'YYYY-MM') FROM article_key WHERE arrival > \(arrival) ORDER BY arrival LIMIT \(pageSize)"
        }
        return try await articles(at: try await run(keys).map { try $0.decode((Int, String?).self) }, run)
    }

    /// The stored article with this ID, if there is one.
    static func article(id: String, _ run: Run) async throws -> StoredArticle? {
        let keys = try await run("SELECT arrival, to_char(published, 'YYYY-MM') FROM article_key WHERE id = \(id)")
            .map { try $0.decode((Int, String?).self) }
        return try await articles(at: keys, run).first
    }

    /// The articles of these arrivals and months of publication (`YYYY-MM`, nil when undated), in arrival order.
    static func articles(at keys: [(arrival: Int, month: String?)], _ run: Run) async throws -> [StoredArticle] {
        var arrivalsByMonth: [String?: [Int]] = [:]
        for key in keys {
            arrivalsByMonth[key.month, default: []].append(key.arrival)
        }
        var found: [StoredArticle] = []
        found.reserveCapacity(keys.count)
        for (month, arrivals) in arrivalsByMonth {
            found += try await run(query(month: month, arrivals: arrivals)).map(storedArticle)
        }
        return found.sorted { $0.arrival < $1.arrival }
    }

    /// The articles of one month (or the undated ones) with these arrivals.
    private static func query(month: String?, arrivals: [Int]) -> PostgresQuery {
        guard let month, let bounds = monthBounds(month) else {
            return "SELECT \(unescaped: articleColumns) FROM article WHERE published IS NULL AND arrival = ANY(\(arrivals))"
        }
        // Literal bounds, not parameters, so the partition is chosen when the statement is planned. They are
        // formatted from two integers (`monthBounds`), so they cannot carry SQL.
        return """
            SELECT \(unescaped: articleColumns) FROM article
            WHERE published >= DATE '\(unescaped: bounds.first)' AND published < DATE '\(unescaped: bounds.next)'
            AND arrival = ANY(\(arrivals))
            """
    }

    /// The first day of `YYYY-MM` and of the month after, or nil for anything else.
    static func monthBounds(_ month: String) -> (first: String, next: String)? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]),
              (1...12).contains(number), (0...9999).contains(year)
        else { return nil }
        let month = MonthPartitions.Month(year: year, month: number)
        return (month.firstDay, month.next.firstDay)
    }
}
