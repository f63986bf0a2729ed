import ArgumentParser
import Foundation
import ParallaxCorpus

struct PollCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Fetch the followed feeds that are due, and store their new articles.",
        discussion: """
            Each due feed is fetched with the ETag and Last-Modified of its last poll (a 304 costs nothing), read, \
            and each entry never seen before (by guid, or by its link without www., tracking parameters or \
            fragment) has its page fetched, robots.txt permitting, read with the HTML reader (the feed's date, \
            title and author fill what the page lacks) and stored as `parallax ingest` would. Politely: at most \
            2 requests at once per host, --pause seconds apart, Retry-After honoured, an honest User-Agent.

            The next poll is scheduled from the feed's hints (ttl, sy:updatePeriod, Cache-Control, Expires) or \
            its entries' rate, within 10 minutes and 24 hours; after a failure, later each time, and a feed \
            failing 10 polls in a row is disabled. One line a feed, then a summary; the exit status is 1 when a \
            feed or page failed.

            Examples:
              parallax follow https://feeds.bbci.co.uk/news/world/rss.xml && parallax poll
              parallax poll --force                      # every feed now, due or not
              parallax poll --allow-private --pause 0    # a feed served on this machine
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var fetch: FetchOptions

    @Flag(help: "Poll every feed now, due or not (disabled ones excepted).")
    var force = false

    func run() async throws {
        try await reportingErrors {
            let corpus = try store.corpus()
            var options = fetch.pollOptions
            options.force = force
            let summary = try await corpus.poll(options: options) { report in print(PollPrinter.feedLine(report)) }
            if summary.feeds.isEmpty {
                let feeds = try await corpus.followedFeeds()
                Terminal.error(feeds.isEmpty ? "no feed is followed yet; add one with `parallax follow URL`"
                    : "no feed is due; `parallax feeds` shows when each is, --force polls them now")
            }
            print(PollPrinter.summary(summary, store: corpus.store.location))
            if summary.failedFeeds > 0 || summary.failedPages > 0 { throw ExitCode.failure }
        }
    }
}
