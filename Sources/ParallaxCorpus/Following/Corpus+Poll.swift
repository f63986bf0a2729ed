import Foundation
import ParallaxFetching
import ParallaxStorage

extension Corpus {
    /// Polls every followed feed that is due (every one not disabled with `force`): fetches it with the
    /// validators of the last poll (a 304 costs nothing), reads it, fetches each new entry's page (robots.txt
    /// obeyed, each entry once ever), reads it with the HTML reader and stores it through `writer`, then
    /// schedules the feed's next poll. `report` hears of each feed as it is done.
    ///
    /// A feed that fails (HTTP 500, a body that never ends, malformed XML) is reported and rescheduled with
    /// backoff; the other feeds go on, and nothing stored before is touched.
    public func poll(
        options: PollOptions = PollOptions(), fetcher: Fetcher, writer: CorpusWriter,
        report: (@Sendable (FeedPollReport) -> Void)? = nil
    ) async throws -> PollSummary {
        let started = Date()
        let feeds = options.force
            ? try await store.followedFeeds().filter { !$0.disabled }
            : try await store.feedsDue(at: started)
        let poller = FeedPoller(store: store, fetcher: fetcher, writer: writer, options: options)
        var summary = PollSummary()
        try await withThrowingTaskGroup(of: FeedPollReport.self) { group in
            var pending = feeds.makeIterator()
            func startNext() -> Bool {
                guard let feed = pending.next() else { return false }
                group.addTask { try await poller.poll(feed) }
                return true
            }
            for _ in 0..<max(1, options.feedsAtOnce) where !startNext() { break }
            while let done = try await group.next() {
                report?(done)
                summary.feeds.append(done)
                _ = startNext()
            }
        }
        // Reported as they finish; summed up in the order feeds were followed.
        summary.feeds.sort { $0.feed.id < $1.feed.id }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Polls with a fetcher of its own, shut down at the end, and saves the clustering state.
    public func poll(options: PollOptions = PollOptions(), report: (@Sendable (FeedPollReport) -> Void)? = nil) async throws -> PollSummary {
        let writer = CorpusWriter(corpus: self)
        let summary = try await Fetcher.withFetcher(policy: options.fetch) { fetcher in
            try await poll(options: options, fetcher: fetcher, writer: writer, report: report)
        }
        try await writer.save()
        return summary
    }

    /// When the next feed falls due, nil when none is followed or all are disabled.
    public func nextDue() async throws -> Date? {
        try await store.followedFeeds().filter { !$0.disabled }.map(\.nextDue).min()
    }
}
