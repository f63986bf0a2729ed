import ArgumentParser
import Foundation
import ParallaxReading

struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Print the entries of feeds, sitemaps and OPML lists.",
        discussion: """
            Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1, sitemaps and sitemap indexes (Google News \
            sitemaps too) and OPML subscription lists from files; no network. Dates are printed in UTC, ISO 8601. \
            --json prints one object per entry: {"feed_title", "feed_link", "title", "link", "id", "published", \
            "updated", "author", "summary"}; a feed without entries prints one object with its entry fields null.

            Examples:
              parallax feed Tests/ParallaxReadingTests/Fixtures/feeds/rss2.xml
              parallax feed --json Tests/ParallaxReadingTests/Fixtures/feeds/*.xml
            """
    )

    @Argument(help: "Feed files to read.")
    var paths: [String]

    @Option(help: ArgumentHelp("The address the feed came from, to resolve relative links.", valueName: "url"))
    var url: String?

    @Flag(help: "Print one JSON object per entry.")
    var json = false

    func run() throws {
        var failures = 0
        for path in paths {
            let feed: Feed
            do {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ReadingError(source: path, reason: .missing)
                }
                feed = try FeedReader().read(Array(data), source: path, url: url)
            } catch let error as ReadingError {
                Terminal.error(error.description)
                failures += 1
                continue
            }
            if json {
                for entry in feed.entries.isEmpty ? [nil] : feed.entries.map(Optional.some) { print(Self.jsonLine(feed, entry)) }
            } else {
                print("\(feed.title ?? path)  (\(feed.kind.rawValue), \(feed.entries.count) entr\(feed.entries.count == 1 ? "y" : "ies"))")
                for entry in feed.entries {
                    print("  \(entry.published.map(Self.iso) ?? entry.updated.map(Self.iso) ?? "(no date)".padding(toLength: 20, withPad: " ", startingAt: 0))  \(entry.title ?? "(no title)")")
                    if let link = entry.link { print("  \(String(repeating: " ", count: 20))  \(link)") }
                }
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }

    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func jsonLine(_ feed: Feed, _ entry: FeedEntry?) -> String {
        var object = JSONObjectWriter()
        object.add("feed_title", feed.title)
        object.add("feed_link", feed.link)
        object.add("title", entry?.title)
        object.add("link", entry?.link)
        object.add("id", entry?.id)
        object.add("published", entry?.published.map(iso))
        object.add("updated", entry?.updated.map(iso))
        object.add("author", entry?.author)
        object.add("summary", entry?.summary)
        return object.text
    }
}
