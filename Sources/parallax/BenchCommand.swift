import ArgumentParser
import Dispatch
import ParallaxAnalysis
import ParallaxReading

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on a corpus, on one core.",
        subcommands: [BenchAnalysisCommand.self, BenchClusterCommand.self, BenchIngestCommand.self, BenchReportCommand.self, BenchShapesCommand.self]
    )
}

struct BenchAnalysisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Analysis throughput (MB/s of article text, articles/s), against tokenizing alone.",
        discussion: """
            Reads the articles once, then analyses all of them repeatedly on one thread for at least the given \
            time, and does the same with the tokenizer alone as a baseline measured in the same run. Reports \
            the best of the rounds. Build with -c release to measure.

            Example:
              swift build -c release && .build/release/parallax bench analysis ../shared/data/ecbplus/dev.jsonl
            """
    )

    @Argument(help: "Articles to analyse (any input `parallax read` takes).")
    var paths: [String]

    @Option(help: "Seconds to spend on each measurement.")
    var seconds = 3.0

    @Flag(help: "Print the results as one JSON object.")
    var json = false

    func run() throws {
        let (articles, _) = ArticleLoader.load(paths)
        guard !articles.isEmpty else { throw ValidationError("no articles to analyse") }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let analyzer = Analyzer()
        _ = analyzer.analyze(articles[0])  // load the profiles and lists outside the timing

        var checksum = 0
        let tokenizing = Self.bestRound(seconds: seconds) {
            for article in articles { checksum &+= Tokenizer.tokenize(article.text).count }
        }
        let analysing = Self.bestRound(seconds: seconds) {
            for article in articles { checksum &+= analyzer.analyze(article).entities.count }
        }
        let megabytes = Double(bytes) / 1_048_576
        let analysisRate = megabytes / analysing
        let tokenizerRate = megabytes / tokenizing
        if json {
            var object = JSONObjectWriter()
            object.add("articles", articles.count)
            object.add("megabytes", megabytes)
            object.add("analysis_mb_per_s", analysisRate)
            object.add("analysis_articles_per_s", Double(articles.count) / analysing)
            object.add("tokenizer_mb_per_s", tokenizerRate)
            print(object.text)
        } else {
            print("corpus      \(articles.count) articles, \(Terminal.decimal(megabytes, places: 2)) MB of text")
            print("analysis    \(Terminal.decimal(analysisRate, places: 1)) MB/s  \(Int(Double(articles.count) / analysing)) articles/s")
            print("tokenizer   \(Terminal.decimal(tokenizerRate, places: 1)) MB/s  (baseline, same run)")
            print("ratio       analysis runs at \(Terminal.decimal(analysisRate / tokenizerRate, places: 3)) × the tokenizer's speed")
        }
        if checksum == 42 { print("") }  // keeps the work from being optimised away
    }

    /// The fastest of repeated rounds of `work`, in seconds, repeating for at least `seconds`.
    static func bestRound(seconds: Double, _ work: () -> Void) -> Double {
        var best = Double.infinity
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        repeat {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        } while DispatchTime.now().uptimeNanoseconds < deadline
        return best
    }
}
