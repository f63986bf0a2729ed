import ArgumentParser
import Dispatch
import Foundation
import ParallaxClustering
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest throughput end to end into a new store, against `parallax cluster` on the same file.",
        discussion: """
            For each size, writes that many articles of the synthetic stream (the given articles in rounds, each \
            round a new set of happenings) to a JSONL file, then runs, each in its own process: `parallax \
            cluster` on the file (reading and clustering, its output thrown away) and `parallax ingest` into a \
            new store (reading, clustering and storing). Prints articles/s, peak memory, the store's bytes per \
            article and its size beside the JSONL's, and the ratio of the two rates: what storing costs. Then, \
            on the largest store, the latency of `stories`, `search`, `show` and `report` (median of repeats).

            Example:
              swift build -c release
              .build/release/parallax bench ingest samples/ --sizes 10000,100000
            """
    )

    @Argument(help: "Articles to build the stream from.")
    var paths: [String]

    @Option(help: "Stream sizes, comma-separated.")
    var sizes = "10000,100000"

    @Option(help: "Runs of each method at each size; the fastest counts (the machine's noise only ever slows a run).")
    var repeats = 1

    @Option(help: "Where the streams and stores are written (default: a new temporary folder, removed at the end).")
    var folder: String?

    @Option(help: .hidden) var single: String?
    @Option(help: .hidden) var db: String?

    func run() async throws {
        if let single {
            try await measure(single, file: paths[0], store: db)
            return
        }
        let (articles, _) = ArticleLoader.load(paths)
        guard !articles.isEmpty else { throw ValidationError("no articles to build a stream from") }
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty else { throw ValidationError("--sizes needs numbers, such as 10000,100000") }
        let work = URL(fileURLWithPath: folder ?? NSTemporaryDirectory() + "parallax-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(at: work) } }

        print("articles   method    articles/s   peak memory   store bytes/article   store / JSONL   ratio")
        var largestStore: String?
        for count in counts {
            let input = work.appendingPathComponent("stream-\(count).jsonl").path
            let jsonlBytes = try Self.writeStream(of: articles, count: count, to: input)
            let store = work.appendingPathComponent("store-\(count).sqlite").path
            var cluster = (seconds: Double.infinity, kilobytes: 0)
            var ingest = cluster
            for _ in 0..<max(1, repeats) {
                // Alternating, so that a slow spell of the machine does not fall on one method only.
                let clusterRun = try child("cluster", file: input, store: nil)
                try? FileManager.default.removeItem(atPath: store)
                let ingestRun = try child("ingest", file: input, store: store)
                if clusterRun.seconds < cluster.seconds { cluster = clusterRun }
                if ingestRun.seconds < ingest.seconds { ingest = ingestRun }
            }
            let storeBytes = Self.storeBytes(store)
            func column(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
            print(column(String(count), 11) + column("cluster", 10) + column(String(Int(Double(count) / cluster.seconds)), 13)
                  + column("\(cluster.kilobytes / 1024) MB", 14))
            print(column(String(count), 11) + column("ingest", 10) + column(String(Int(Double(count) / ingest.seconds)), 13)
                  + column("\(ingest.kilobytes / 1024) MB", 14) + column(String(storeBytes / count), 22)
                  + column(Terminal.decimal(Double(storeBytes) / Double(jsonlBytes), places: 2) + "×", 16)
                  + Terminal.decimal(cluster.seconds / ingest.seconds, places: 2) + "× cluster's rate")
            largestStore = store
        }
        if let largestStore { try await latencies(largestStore) }
    }

    /// Writes `count` articles of the synthetic stream as JSONL; returns the file's size.
    static func writeStream(of articles: [Article], count: Int, to path: String) throws -> Int {
        let stream = SyntheticStream(base: articles)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw ValidationError("cannot write \(path); give a writable --folder")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = ""
        var bytes = 0
        for index in 0..<count {
            let article = stream.article(index)
            chunk += article.jsonLine + "\n"
            if chunk.utf8.count > 1 << 20 || index == count - 1 {
                bytes += chunk.utf8.count
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        return bytes
    }

    static func storeBytes(_ path: String) -> Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            total + (((try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? Int) ?? 0)
        }
    }

    private func child(_ method: String, file: String, store: String?) throws -> (seconds: Double, kilobytes: Int) {
        var arguments = ["bench", "ingest", file, "--single", method]
        if let store { arguments += ["--db", store] }
        let output = try ChildProcess.output(arguments)
        let fields = output.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let seconds = Double(fields[0]), let kilobytes = Int(fields[1]) else {
            throw ValidationError("the \(method) run on \(file) failed: \(output)")
        }
        return (seconds, kilobytes)
    }

    /// In the child: one end-to-end run, then "seconds peak-KB".
    private func measure(_ method: String, file: String, store: String?) async throws {
        let started = DispatchTime.now().uptimeNanoseconds
        switch method {
        case "cluster":
            // What `parallax cluster FILE > /dev/null` does.
            var clusterer = StoryClusterer()
            var options = ArticleReader.Options()
            options.identifiesLanguage = false
            let sink = FileHandle(forWritingAtPath: "/dev/null")
            ArticleReader(options: options).read(paths: [file]) { result in
                guard case .success(let article) = result else { return }
                let assignment = clusterer.add(article)
                sink?.write(Data((assignment.jsonLine + "\n").utf8))
            }
        case "ingest":
            guard let store else { throw ValidationError("--db is needed") }
            let corpus = try Corpus(location: .sqlite(store), mode: .createIfMissing)
            _ = try await corpus.ingest(paths: [file])
        default:
            throw ValidationError("unknown method \(method)")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        print("\(seconds) \(ChildProcess.peakKilobytes)")
    }

    /// The latency of the reading use cases on a store, each the median of several calls.
    private func latencies(_ store: String) async throws {
        let corpus = try Corpus(location: .sqlite(store), mode: .existing)
        let statistics = try await corpus.statistics()
        let newest = try await corpus.stories(StoryQuery(limit: 20))
        guard let story = newest.first else { return }
        let articleID = try await corpus.store.articles(in: .story(story.id), limit: 1).first?.id ?? ""
        // A rare word (the longest of the newest headline) and a common one (the word of four letters or more
        // most of the newest headlines share): a search costs more the more articles match.
        let headlineWords: [String] = (story.headline ?? "news").split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        let word = headlineWords.max { $0.count < $1.count } ?? "news"
        var headlineCounts: [String: Int] = [:]
        for headline in newest.compactMap(\.headline) {
            for token in Set(headline.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }) where token.count >= 4 {
                headlineCounts[token, default: 0] += 1
            }
        }
        let common = headlineCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "said"
        print("\nOn the store of \(statistics.articles.formatted()) articles, \(statistics.stories.formatted()) stories, "
              + "\(statistics.events.formatted()) events (median of 9 calls):")
        func time(_ label: String, _ body: () async throws -> Void) async rethrows {
            var samples: [Double] = []
            for _ in 0..<9 {
                let start = DispatchTime.now().uptimeNanoseconds
                try await body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print("  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(Terminal.decimal(samples.sorted()[4], places: 1)) ms")
        }
        try await time("stories (20 newest)") { _ = try await corpus.stories(StoryQuery(limit: 20)) }
        try await time("stories --query \(word)") { _ = try await corpus.stories(StoryQuery(filter: ArticleFilter(query: word), limit: 20)) }
        try await time("search \(word) (20 hits)") { _ = try await corpus.search(SearchQuery(text: word)) }
        let matching = try await corpus.store.articles(matching: ArticleFilter(query: common), after: 0, limit: 1_000_000).count
        try await time("search \(common) (\(matching.formatted()) match)") { _ = try await corpus.search(SearchQuery(text: common)) }
        try await time("stories --query \(common)") { _ = try await corpus.stories(StoryQuery(filter: ArticleFilter(query: common), limit: 20)) }
        try await time("show \(story.id) (\(story.articleCount) articles)") { _ = try await corpus.show(id: story.id) }
        try await time("show \(articleID)") { _ = try await corpus.show(id: articleID) }
        try await time("report \(story.id) (\(min(story.articleCount, Corpus.reportedArticles)) articles)") { _ = try await corpus.report(id: story.id) }
    }
}
