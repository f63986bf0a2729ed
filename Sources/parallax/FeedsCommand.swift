import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List the followed feeds: last poll, next due, counts.",
        discussion: """
            One feed a block, in the order followed: its URL and title, the last poll's status, when the next \
            poll is due, failures in a row, entries seen and articles stored; DISABLED when it failed too often \
            (follow it again to enable it). --json prints one object a line: {"id", "url", "title", "kind", \
            "last_status", "last_failed", "last_polled", "next_due", "failures", "disabled", "entries_seen", \
            "entries_stored", "etag", "last_modified"}, times in ISO 8601 UTC.

            Examples:
              parallax feeds
              parallax feeds --json --db news.sqlite
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print one JSON object per feed.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let feeds = try await store.corpus().followedFeeds()
            for feed in feeds { print(json ? Self.jsonLine(feed) : Self.block(feed)) }
            if feeds.isEmpty, !json { Terminal.error("no feed is followed yet; add one with `parallax follow URL`") }
        }
    }

    static func block(_ feed: FollowedFeed) -> String {
        let now = Date()
        var lines = ["\(feed.id)  \(feed.url)" + (feed.disabled ? "  DISABLED" : "")]
        if let title = feed.title { lines.append("    \(title)" + (feed.kind.map { "  (\($0))" } ?? "")) }
        let polled = feed.lastPolled.map { "polled \(time($0))" } ?? "never polled"
        lines.append("    \(polled): \(feed.lastStatus ?? "-")")
        let due = feed.disabled ? "not polled" : feed.nextDue <= now ? "due now" : "next \(time(feed.nextDue))"
        var counts = "\(due) · \(feed.entriesSeen.formatted()) entries seen · \(feed.entriesStored.formatted()) stored"
        if feed.consecutiveFailures > 0 { counts += " · \(feed.consecutiveFailures) failures in a row" }
        lines.append("    " + counts)
        return lines.joined(separator: "\n")
    }

    static func time(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func jsonLine(_ feed: FollowedFeed) -> String {
        var object = JSONObjectWriter()
        object.add("id", Int(feed.id))
        object.add("url", feed.url)
        object.add("title", feed.title)
        object.add("kind", feed.kind)
        object.add("last_status", feed.lastStatus)
        object.add("last_failed", feed.lastFailed)
        object.add("last_polled", feed.lastPolled.map(time))
        object.add("next_due", time(feed.nextDue))
        object.add("failures", feed.consecutiveFailures)
        object.add("disabled", feed.disabled)
        object.add("entries_seen", feed.entriesSeen)
        object.add("entries_stored", feed.entriesStored)
        object.add("etag", feed.etag)
        object.add("last_modified", feed.lastModified)
        return object.text
    }
}
