import ArgumentParser
import Foundation
import Logging
import ParallaxCorpus
import ParallaxFetching
import ServiceLifecycle

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll the followed feeds as they fall due, until stopped.",
        discussion: """
            `parallax poll` in a loop: polls the due feeds, then sleeps until the next is due (at most a minute, \
            so that feeds followed meanwhile are picked up). Ctrl-C or SIGTERM stops it after the request in \
            flight; what was stored stays stored, and the clustering state is saved.

            Examples:
              parallax watch
              parallax watch --db news.sqlite --pause 2
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var fetch: FetchOptions

    func run() async throws {
        try await reportingErrors {
            let corpus = try store.corpus()
            let watcher = FeedWatcher(corpus: corpus, options: fetch.pollOptions)
            var logger = Logger(label: "parallax.watch")
            logger.logLevel = .warning
            let group = ServiceGroup(services: [watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            Terminal.error("watching the feeds of \(corpus.store.location); Ctrl-C stops")
            try await group.run()
            Terminal.error("stopped")
        }
    }
}

/// The watch loop as a service: polls, sleeps until the next feed is due, and ends on graceful shutdown.
struct FeedWatcher: Service {
    let corpus: Corpus
    let options: PollOptions

    func run() async throws {
        let writer = CorpusWriter(corpus: corpus)
        try await Fetcher.withFetcher(policy: options.fetch) { fetcher in
            do {
                try await cancelWhenGracefulShutdown {
                    while !Task.isCancelled {
                        let summary = try await corpus.poll(options: options, fetcher: fetcher, writer: writer) { report in
                            print(PollPrinter.feedLine(report))
                        }
                        if !summary.feeds.isEmpty {
                            print(PollPrinter.summary(summary, store: corpus.store.location))
                            fflush(nil)
                        }
                        let next = try await corpus.nextDue() ?? Date().addingTimeInterval(60)
                        let wait = min(max(next.timeIntervalSinceNow, 1), 60)
                        try await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                    }
                }
            } catch is CancellationError {
                // Stopped by SIGINT or SIGTERM: what was stored stays stored.
            }
        }
        try await writer.save()
    }
}
