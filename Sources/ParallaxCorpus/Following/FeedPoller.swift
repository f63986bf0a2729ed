import Foundation
import ParallaxFetching
import ParallaxReading
import ParallaxStorage

/// Polls one feed: fetches it (conditionally), finds the entries never seen, fetches and reads their pages,
/// stores the articles, and records the poll on the feed with its next due time.
///
/// Nothing is lost when a poll fails half-way: each page's article is committed before its entry is marked
/// seen (a crash in between fetches that page once more, and the store knows it by its URL), and the feed's
/// validators are replaced only when every new entry was taken in, so that a later poll is never answered
/// "304" while entries wait.
struct FeedPoller: Sendable {
    let store: any Store
    let fetcher: Fetcher
    let writer: CorpusWriter
    let options: PollOptions
    let identifier = LanguageIdentifier()

    func poll(_ feed: FollowedFeed) async throws -> FeedPollReport {
        let now = Date()
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(FetchRequest(url: feed.url, kind: .feed, etag: feed.etag, lastModified: feed.lastModified))
        } catch let error as FetchError {
            let retryAfter: TimeInterval? = if case .rateLimited(let seconds) = error.reason { seconds } else { nil }
            return try await failed(feed, error.description, at: now, retryAfter: retryAfter)
        }
        let move = try await moveIfRedirected(feed, response)
        if response.notModified {
            let hint = response.freshFor ?? feed.refreshSeconds.map(TimeInterval.init)
            let updated = try await store.record(FeedPollRecord(
                feedID: feed.id, polledAt: now, status: "304 not modified", failed: false,
                nextDue: FeedSchedule.afterSuccess(at: now, hint: hint, jitter: .random(in: 0...1)), consecutiveFailures: 0))
            var report = FeedPollReport(feed: updated, result: .notModified)
            report.move = move
            return report

        }
        let read: Feed
        do {
            read = try FeedReader().read(response.body, source: feed.url, url: response.url)
        } catch {
            return try await failed(feed, error.description, at: now, retryAfter: nil)
        }
        var report = FeedPollReport(feed: feed, result: .read)
        report.move = move
        var complete = true
        switch read.kind {
        case .opml:
            return try await failed(feed, "\(feed.url): an OPML list of feeds, not a feed; follow its feeds with "
                + "`parallax follow --opml FILE`", at: now, retryAfter: nil)
        case .sitemapIndex:
            report.sitemapsFollowed = try await followSitemaps(of: read, at: now)
        default:
            complete = try await takeIn(read, of: feed, at: now, report: &report)
        }
        let hint = read.timeToLive ?? response.freshFor
        let updated = try await store.record(FeedPollRecord(
            feedID: feed.id, polledAt: now, status: Self.status(report), failed: false, title: read.title,
            kind: read.kind.rawValue, replacesValidators: complete, etag: response.etag, lastModified: response.lastModified,
            refreshSeconds: hint.map { Int($0) },
            nextDue: FeedSchedule.afterSuccess(
                at: now, hint: hint, entryDates: read.entries.compactMap { $0.published ?? $0.updated }, jitter: .random(in: 0...1)),
            consecutiveFailures: 0, entriesSeen: report.newEntries, entriesStored: report.stored))
        report.feed = updated
        return report
    }

    /// Fetches and stores the pages of the entries never seen; whether every one of them was taken in (stored,
    /// known, or refused for good), rather than some left for a later poll.
    private func takeIn(_ read: Feed, of feed: FollowedFeed, at now: Date, report: inout FeedPollReport) async throws -> Bool {
        var fresh: [(entry: FeedEntry, keys: [String])] = []
        var keysOfThisFeed = Set<String>()
        let candidates = read.entries.compactMap { entry -> (FeedEntry, [String])? in
            guard let link = entry.link, CanonicalURL(link) != nil else { return nil }
            return (entry, EntryKey.keys(guid: entry.id, link: link, feed: feed.id))
        }
        let seen = try await store.seenEntryKeys(among: candidates.flatMap(\.1))
        for (entry, keys) in candidates where keys.allSatisfy({ !seen.contains($0) }) {
            // A feed listing one article twice fetches it once.
            guard keys.allSatisfy({ keysOfThisFeed.insert($0).inserted }) else { continue }
            fresh.append((entry, keys))
        }
        try await markListed(candidates.map(\.1).filter { $0.contains(where: seen.contains) }, of: feed, at: now)
        report.newEntries = fresh.count
        let taken = fresh.prefix(options.maxNewEntriesPerFeed)
        report.deferred = fresh.count - taken.count
        var complete = report.deferred == 0

        try await withThrowingTaskGroup(of: (PageOutcome, [String]).self) { group in
            var pending = taken.makeIterator()
            func startNext() -> Bool {
                guard let (entry, keys) = pending.next() else { return false }
                group.addTask { (await fetchPage(entry, feed: read), keys) }
                return true
            }
            for _ in 0..<options.pagesAtOnce where !startNext() { break }
            while let (outcome, keys) = try await group.next() {
                switch outcome {
                case .stored(let status, let url):
                    if status == .alreadyStored { report.alreadyStored += 1 } else { report.stored += 1 }
                    try await store.markEntriesSeen(keys + [EntryKey.url(url)].compactMap { $0 }, feed: feed.id, at: now)
                case .disallowed:
                    report.disallowed += 1
                    try await store.markEntriesSeen(keys, feed: feed.id, at: now)
                case .failedForGood(let message):
                    report.pageFailures.append(message)
                    try await store.markEntriesSeen(keys, feed: feed.id, at: now)
                case .failedForNow(let message):
                    report.pageFailures.append(message)
                    complete = false
                }
                _ = startNext()
            }
        }
        return complete
    }

    /// Marks entries seen before (by this feed or another) as seen by this feed too, where it has not marked them
    /// yet: an entry stays seen as long as a feed listing it is followed, whichever feed saw it first
    /// (`Store.unfollow`). After its first poll a feed has marked what it lists, and this writes nothing.
    private func markListed(_ entries: [[String]], of feed: FollowedFeed, at now: Date) async throws {
        let keys = entries.flatMap { $0 }
        guard !keys.isEmpty else { return }
        let ours = try await store.seenEntryKeys(among: keys, feed: feed.id)
        var missing = Set(keys)
        missing.subtract(ours)
        if !missing.isEmpty { try await store.markEntriesSeen(missing.sorted(), feed: feed.id, at: now) }
    }

    enum PageOutcome: Sendable {
        case stored(IngestOutcome.Status, url: String)
        case disallowed
        /// Will not change (404, not HTML, no text): the entry is not fetched again.
        case failedForGood(String)
        /// May work later (timeout, 5xx, 429): the entry stays new.
        case failedForNow(String)
    }

    private func fetchPage(_ entry: FeedEntry, feed: Feed) async -> PageOutcome {
        guard let link = entry.link else { return .failedForGood("an entry without a link") }
        do {
            let page = try await fetcher.fetch(FetchRequest(url: link, kind: .page))
            let article = try EntryPage.article(page: page.body, fetchedFrom: page.url, entry: entry, feed: feed, identifier: identifier)
            guard let outcome = try await writer.add([article]).first else { return .failedForNow("\(link): not stored") }
            return .stored(outcome.status, url: article.url ?? page.url)
        } catch let error as FetchError {
            if case .disallowedByRobots = error.reason { return .disallowed }
            return error.isTransient ? .failedForNow(error.description) : .failedForGood(error.description)
        } catch let error as ReadingError {
            return .failedForGood("\(error.description) (the page of \(link))")
        } catch {
            // The store failed: the entry stays new, and the error ends nothing else of the poll.
            return .failedForNow("\(link): \(error)")
        }
    }

    /// A feed its server moved for good (301, 308) is followed at the new address, so that the next poll asks it
    /// directly, unless a feed there is followed already. A temporary redirect moves nothing.
    private func moveIfRedirected(_ feed: FollowedFeed, _ response: FetchResponse) async throws -> FeedPollReport.Move? {
        guard let target = response.permanentURL, target != feed.url else { return nil }
        return try await store.moveFeed(feed.id, to: target) ? .moved(from: feed.url, to: target) : .alreadyFollowed(target)
    }

    /// A sitemap index lists sitemaps: the newest are followed as feeds of their own.
    private func followSitemaps(of index: Feed, at now: Date) async throws -> Int {
        let sitemaps = index.entries.enumerated()
            .sorted { ($0.element.updated ?? .distantPast, -$0.offset) > ($1.element.updated ?? .distantPast, -$1.offset) }
            .prefix(options.maxSitemapsFromIndex)
            .compactMap { $0.element.link }
        let outcomes = try await store.follow(sitemaps, at: now)
        return outcomes.count { $0.status == .added }
    }

    private func failed(_ feed: FollowedFeed, _ message: String, at now: Date, retryAfter: TimeInterval?) async throws -> FeedPollReport {
        let failures = feed.consecutiveFailures + 1
        let disabled = failures >= options.disableAfterFailures
        let updated = try await store.record(FeedPollRecord(
            feedID: feed.id, polledAt: now, status: message, failed: true,
            nextDue: FeedSchedule.afterFailure(at: now, failures: failures, retryAfter: retryAfter, jitter: .random(in: 0...1)),
            consecutiveFailures: failures, disabled: disabled))
        let advice = disabled
            ? " (\(failures) failures in a row: the feed is disabled; `parallax follow \(feed.url)` enables it again)" : ""
        return FeedPollReport(feed: updated, result: .failed(message + advice))
    }

    static func status(_ report: FeedPollReport) -> String {
        if report.sitemapsFollowed > 0 { return "200: index, \(report.sitemapsFollowed) sitemaps followed" }
        var parts = ["\(report.newEntries) new", "\(report.stored) stored"]
        if report.alreadyStored > 0 { parts.append("\(report.alreadyStored) already stored") }
        if report.disallowed > 0 { parts.append("\(report.disallowed) disallowed by robots.txt") }
        if !report.pageFailures.isEmpty { parts.append("\(report.pageFailures.count) failed") }
        if report.deferred > 0 { parts.append("\(report.deferred) left for the next poll") }
        return "200: " + parts.joined(separator: ", ")
    }
}
