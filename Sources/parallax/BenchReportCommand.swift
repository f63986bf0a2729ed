import ArgumentParser
import Dispatch
import Foundation
import ParallaxAnalysis
import ParallaxComparison
import ParallaxReading

struct BenchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "How the coverage report's cost grows with a story's articles: compare of the first N articles against the first n.",
        discussion: """
            Compares the first --small and the first --large articles of the input (analysis included), each the \
            best of rounds lasting at least --seconds, in processor time (the thread's, so that other work on the \
            machine does not count), and prints both times and their ratio: linear cost keeps it near the ratio \
            of the counts. Each stage (analysis, roster, sentence profiles, alignment, quote ledger, report) is \
            timed too, its best over the rounds, so the stage that grows fastest shows. Then analyses every \
            article, builds their roster, and prints the roster's time against the analysis's (`parallax \
            entities` against `parallax analyze`).

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
        let comparison = Comparison(), analyzer = Analyzer()
        var checksum = 0
        let counts = [small, min(large, articles.count)]
        // The best time of the whole and of each stage, over the rounds, for each count.
        var totals: [Double] = []
        var stages: [[String: Double]] = []
        for count in counts {
            let subset = Array(articles.prefix(count))
            var best: [String: Double] = [:]
            func timed(_ name: String, _ work: () -> Void) {
                let start = Self.threadSeconds()
                work()
                let seconds = Self.threadSeconds() - start
                best[name] = min(best[name] ?? .infinity, seconds)
            }
            totals.append(Self.bestRound(seconds: seconds) {
                var analyzed: [AnalyzedArticle] = []
                timed("analysis") { analyzed = subset.map(analyzer.analyze) }
                let report = comparison.compare(analyzed: analyzed) { stage, work in timed(stage.rawValue, work) }
                checksum &+= report.quotes.count
            })
            stages.append(best)
        }
        let header = "\(counts[0]) articles", largeHeader = "\(counts[1]) articles"
        func row(_ name: String, _ small: Double, _ large: Double) {
            print(name.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + Terminal.leftPad(Terminal.decimal(small, places: 3) + " s", to: header.count + 2)
                  + Terminal.leftPad(Terminal.decimal(large, places: 3) + " s", to: largeHeader.count + 2)
                  + Terminal.leftPad(Terminal.decimal(large / small, places: 1) + "×", to: 9))
        }
        print("stage".padding(toLength: 18, withPad: " ", startingAt: 0) + "  " + header + "  " + largeHeader + "    ratio")
        for name in ["analysis"] + Comparison.Stage.allCases.map(\.rawValue) {
            row(name, stages[0][name] ?? 0, stages[1][name] ?? 0)
        }
        row("compare (best)", totals[0], totals[1])
        let ratio = totals[1] / totals[0]
        print("ratio   \(Terminal.decimal(ratio, places: 1))× the time for \(Terminal.decimal(Double(counts[1]) / Double(counts[0]), places: 1))× the articles")

        var analyzed: [AnalyzedArticle] = []
        let analysis = Self.bestRound(seconds: seconds) { analyzed = articles.map(analyzer.analyze) }
        let roster = Self.bestRound(seconds: seconds) { checksum &+= Roster(analyzed).entries.count }
        print("analysis of all \(articles.count) articles \(Terminal.decimal(analysis, places: 3)) s, their roster \(Terminal.decimal(roster, places: 3)) s "
              + "(entities = analysis + roster: \(Terminal.decimal((analysis + roster) / analysis, places: 2))× the analysis)")
        if checksum == 42 { print("") }  // keeps the work from being optimised away
    }

    /// The processor time this thread has used: unlike the clock on the wall, it does not count the time other
    /// processes on a shared machine take the processor, so ratios measured under load hold.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The least processor time of rounds of `work` run for at least `seconds` on the wall clock.
    static func bestRound(seconds: Double, _ work: () -> Void) -> Double {
        var best = Double.infinity
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        repeat {
            let start = threadSeconds()
            work()
            best = min(best, threadSeconds() - start)
        } while DispatchTime.now().uptimeNanoseconds < deadline
        return best
    }
}
