import Logging
import ParallaxStorage
import PostgresNIO

/// Keeps the `story` and `event` rows of a batch's articles up to date: read the ones that exist, count the
/// articles in, write them back (parents first: events refer to their story).
enum SummaryUpdates {
    static func apply(_ rows: [BatchPlanner.Row], _ connection: PostgresConnection, logger: Logger) async throws {
        let storyIDs = Array(Set(rows.map(\.placement.story)))
        let eventIDs = Array(Set(rows.map(\.placement.event)))
        var stories: [String: SummaryRow] = [:]
        for row in try await connection.query(
            "SELECT \(unescaped: SummaryRow.storyColumns) FROM story WHERE id = ANY(\(storyIDs))", logger: logger).collect()
        {
            let story = try SummaryRow(row)
            stories[story.id] = story
        }
        var events: [String: SummaryRow] = [:]
        for row in try await connection.query(
            "SELECT \(unescaped: SummaryRow.eventColumns) FROM event WHERE id = ANY(\(eventIDs))", logger: logger).collect()
        {
            let event = try SummaryRow(row)
            events[event.id] = event
        }
        for row in rows {
            let placement = row.placement
            if stories[placement.story] == nil {
                stories[placement.story] = SummaryRow(id: placement.story, story: nil, arrival: row.arrival)
            }
            if events[placement.event] == nil {
                events[placement.event] = SummaryRow(id: placement.event, story: placement.story, arrival: row.arrival)
                stories[placement.story]!.eventCount += 1
            }
            stories[placement.story]!.add(row.incoming.article, arrival: row.arrival)
            events[placement.event]!.add(row.incoming.article, arrival: row.arrival)
        }
        let storyRows = stories.values.sorted { $0.firstArrival < $1.firstArrival }
        let storyColumns = [
            "id", "headline", "first_date", "last_date", "sort_day", "article_count", "event_count", "first_arrival",
            "last_arrival",
        ]
        for start in stride(from: 0, to: storyRows.count, by: 1_000) {
            try await connection.query(multiRowInsert(
                into: "story", columns: storyColumns,
                rows: storyRows[start..<min(start + 1_000, storyRows.count)].map { story in
                    [.text(story.id), .text(story.headline), .text(story.firstDate), .text(story.lastDate),
                     .text(story.sortDay), .integer(story.articleCount), .integer(story.eventCount),
                     .integer(story.firstArrival), .integer(story.lastArrival)]
                },
                suffix: """
                    ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
                    last_date = excluded.last_date, sort_day = excluded.sort_day, article_count = excluded.article_count,
                    event_count = excluded.event_count, last_arrival = excluded.last_arrival
                    """), logger: logger).drain()
        }
        let eventRows = events.values.sorted { $0.firstArrival < $1.firstArrival }
        let eventColumns = [
            "id", "story", "headline", "first_date", "last_date", "article_count", "first_arrival", "last_arrival",
        ]
        for start in stride(from: 0, to: eventRows.count, by: 1_000) {
            try await connection.query(multiRowInsert(
                into: "event", columns: eventColumns,
                rows: eventRows[start..<min(start + 1_000, eventRows.count)].map { event in
                    [.text(event.id), .text(event.story), .text(event.headline), .text(event.firstDate),
                     .text(event.lastDate), .integer(event.articleCount), .integer(event.firstArrival),
                     .integer(event.lastArrival)]
                },
                suffix: """
                    ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
                    last_date = excluded.last_date, article_count = excluded.article_count,
                    last_arrival = excluded.last_arrival
                    """), logger: logger).drain()
        }
    }
}
