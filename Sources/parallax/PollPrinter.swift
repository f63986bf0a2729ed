import Foundation
import ParallaxCorpus

/// What `poll` and `watch` print of a poll.
enum PollPrinter {
    /// A feed's line as it is done, with its pages' failures below.
    static func feedLine(_ report: FeedPollReport) -> String {
        let name = report.feed.title.map { "\(report.feed.url) (\($0))" } ?? report.feed.url
        var lines: [String]
        switch report.result {
        case .notModified: lines = ["\(name): not modified (304)"]
        case .read: lines = ["\(name): \(report.feed.lastStatus ?? "read")"]
        case .failed(let message): lines = ["\(name): FAILED: \(message)"]
        }
        switch report.move {
        case .moved(let from, let to)?:
            lines.append("    moved permanently from \(from) to \(to): followed there from now on")
        case .alreadyFollowed(let to)?:
            lines.append("    moved permanently to \(to), which is followed already: this feed keeps its address "
                + "(`parallax unfollow \(report.feed.url)` if they are the same)")
        case nil: break
        }
        lines += report.pageFailures.map { "    " + $0 }
        return lines.joined(separator: "\n")
    }

    static func summary(_ summary: PollSummary, store: String) -> String {
        var parts = ["\(summary.feeds.count) \(summary.feeds.count == 1 ? "feed" : "feeds") polled"]
        if summary.notModified > 0 { parts.append("\(summary.notModified) not modified") }
        if summary.failedFeeds > 0 { parts.append("\(summary.failedFeeds) failed") }
        parts.append("\(summary.newEntries) new entries")
        parts.append("\(summary.stored) articles stored")
        if summary.alreadyStored > 0 { parts.append("\(summary.alreadyStored) already stored") }
        if summary.disallowed > 0 { parts.append("\(summary.disallowed) disallowed by robots.txt") }
        if summary.failedPages > 0 { parts.append("\(summary.failedPages) pages failed") }
        if summary.deferred > 0 { parts.append("\(summary.deferred) left for the next poll") }
        return "poll: " + parts.joined(separator: ", ") + " in \(String(format: "%.1f", summary.seconds)) s → \(store)"
    }
}
