import ArgumentParser
import Dispatch
import ParallaxAnalysis
import ParallaxComparison
import ParallaxReading

struct BenchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "How the coverage report's cost grows with a story's articles: compare of the first N articles against the first n.",
        discussion: """
            Compares the first --small and the first --large articles of the input (analysis included), each the \
            best of rounds lasting at least --seconds, and prints both times and their ratio: linear cost keeps \
            it near the ratio of the counts. Then analyses every article, builds their roster, and prints the \
            roster's time against the analysis's (`parallax entities` against `parallax analyze`).

            Example:
              swift build -c release && .build/release/parallax bench report ../shared/data/polnear/dev.jsonl
            """
    )

    @Argument(help: "Articles of one story, or of a file read as one (any input `parallax read` takes).")
    var paths: [String]

    @Option(help: "The smaller number of articles.")
    var small = 30

    @Option(help: "The larger number of articles.")
    var large = 300

    @Option(help: "Seconds to spend on each measurement.")
    var seconds = 2.0

    func run() throws {
        let (articles, _) = ArticleLoader.load(paths)
        guard articles.count >= small else { throw ValidationError("needs at least \(small) articles, found \(articles.count)") }
        let comparison = Comparison()
        var checksum = 0
        var times: [(count: Int, seconds: Double)] = []
        for count in [small, min(large, articles.count)] {
            let subset = Array(articles.prefix(count))
            let best = BenchAnalysisCommand.bestRound(seconds: seconds) { checksum &+= comparison.compare(subset).quotes.count }
            times.append((count, best))
            print("compare \(String(count).padding(toLength: 6, withPad: " ", startingAt: 0)) articles  \(Terminal.decimal(best, places: 3)) s")
        }
        let ratio = times[1].seconds / times[0].seconds
        print("ratio   \(Terminal.decimal(ratio, places: 1))× the time for \(Terminal.decimal(Double(times[1].count) / Double(times[0].count), places: 1))× the articles")

        let analyzer = Analyzer()
        var analyzed: [AnalyzedArticle] = []
        let analysis = BenchAnalysisCommand.bestRound(seconds: seconds) { analyzed = articles.map(analyzer.analyze) }
        let roster = BenchAnalysisCommand.bestRound(seconds: seconds) { checksum &+= Roster(analyzed).entries.count }
        print("analysis of all \(articles.count) articles \(Terminal.decimal(analysis, places: 3)) s, their roster \(Terminal.decimal(roster, places: 3)) s "
              + "(entities = analysis + roster: \(Terminal.decimal((analysis + roster) / analysis, places: 2))× the analysis)")
        if checksum == 42 { print("") }  // keeps the work from being optimised away
    }
}
