import Foundation
import Logging
import ParallaxReading
import PostgresNIO

/// The partitions of `article`, one a month of publication (`article_y2011m03`), made when the first article of
/// a month arrives. An old month leaves the table with
/// `ALTER TABLE article DETACH PARTITION article_y2011m03` (see the README).
enum MonthPartitions {
    struct Month: Hashable, Comparable, Sendable {
        var year: Int
        var month: Int

        init(_ day: CalendarDay) {
            year = day.year
            month = day.month
        }

        init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        var table: String { String(format: "article_y%04dm%02d", year, month) }
        var firstDay: String { String(format: "%04d-%02d-01", year, month) }
        var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }

        static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// Makes the partitions of these months that do not exist yet. Called inside the writers' turn, so two writers
    /// never make the same one.
    static func ensure(months: Set<Month>, _ connection: PostgresConnection, logger: Logger) async throws {
        guard !months.isEmpty else { return }
        let existing = Set(try await connection.query("""
            SELECT child.relname::text FROM pg_inherits
            JOIN pg_class child ON child.oid = pg_inherits.inhrelid
            WHERE pg_inherits.inhparent = 'article'::regclass
            """, logger: logger).decode(String.self).collect())
        for month in months.sorted() where !existing.contains(month.table) {
            // The table name and bounds are made of numbers only; they cannot carry SQL.
            try await connection.query(PostgresQuery(unsafeSQL: """
                CREATE TABLE \(month.table) PARTITION OF article
                FOR VALUES FROM ('\(month.firstDay)') TO ('\(month.next.firstDay)')
                """), logger: logger).drain()
        }
    }
}
