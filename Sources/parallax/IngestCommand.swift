import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the corpus: each is read, placed in its event and story, and stored.",
        discussion: """
            Reads what `parallax read` reads (files, folders, JSONL, gzip, - for standard input), streaming JSONL \
            line by line, and commits in batches: each batch is visible to `stories` and `search` as soon as it \
            is written, also from a pipe that stays open.

            An article already stored under its ID or its canonical URL (lower-case host without www., no \
            fragment or utm_* parameters) is counted as already stored; running the same ingest twice stores \
            nothing new. The same text under another identity is stored as a copy of the earliest (duplicate_of). \
            Stories and events are those `parallax cluster` gives over all the articles in the order they were \
            stored, however many ingests that took. A killed ingest loses nothing it reported stored: run it again.

            On a terminal a progress line shows articles, rate and share done; at the end, a summary. --json prints \
            one line per article: {"id", "story", "event", "duplicate_of", "status"} with status new, copy or \
            already_stored (and "stored_as" when stored under another ID).

            Examples:
              parallax ingest samples/                  # into ./parallax.sqlite
              parallax ingest --db news.sqlite Tests/ParallaxClusteringTests/Fixtures/
              tail -f feed.jsonl | parallax ingest --json -
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print one JSON line per article; the summary goes to standard error.")
    var json = false

    @Option(help: "Articles written in one transaction at most.")
    var batchSize = 500

    @Option(help: "The largest single article (file or JSONL line) to read, in megabytes.")
    var maxArticleMb = 16

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxArticleMb > 0 else { throw ValidationError("--max-article-mb must be at least 1") }
    }

    func run() async throws {
        try await reportingErrors {
            let corpus = try store.corpus(creating: true)
            var options = IngestOptions()
            options.batchSize = batchSize
            options.reading.maxArticleBytes = maxArticleMb << 20
            let json = json
            let events = IngestEvents(
                replaying: { count in Terminal.progress("catching up with the store: \(count.formatted()) articles replayed") },
                outcome: json ? { print($0.json) } : nil,
                batchCommitted: json ? { fflush(nil) } : nil,
                failure: { message in
                    Terminal.endProgress()
                    Terminal.error(message)
                },
                progress: { Terminal.progress(Self.progressLine($0)) },
                retrying: { retry in
                    Terminal.endProgress()
                    Terminal.error(retry.line)
                })
            let summary: IngestSummary
            do {
                summary = try await corpus.ingest(paths: paths, options: options, events: events)
            } catch {
                Terminal.endProgress()
                throw error
            }
            Terminal.endProgress()
            let text = Self.summaryText(summary, store: corpus.store.location)
            if json {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            } else {
                print(text)
            }
            if summary.failed > 0 { throw ExitCode.failure }
        }
    }

    /// `12,345 articles · 2,104/s · 0:06 · 34%`
    static func progressLine(_ progress: IngestProgress) -> String {
        let seconds = Int(progress.seconds)
        var line = "\(progress.summary.read.formatted()) articles · \(Int(progress.rate).formatted())/s · "
            + "\(seconds / 60):\(String(format: "%02d", seconds % 60))"
        if let share = progress.shareDone { line += " · \(Int(share * 100))%" }
        return line
    }

    static func summaryText(_ summary: IngestSummary, store: String) -> String {
        var parts = ["\(summary.read.formatted()) read", "\(summary.stored.formatted()) stored"]
        if summary.copies > 0 { parts.append("\(summary.copies.formatted()) of them wire copies") }
        parts.append("\(summary.alreadyStored.formatted()) already stored")
        parts.append("\(summary.failed.formatted()) failed")
        var text = "ingest: " + parts.joined(separator: ", ") + " in \(String(format: "%.1f", summary.seconds)) s → \(store)"
        if !summary.failureReasons.isEmpty {
            text += "\n  failed: " + summary.failureReasons.map { "\($0.reason) \($0.count)" }.joined(separator: ", ")
        }
        return text
    }
}
