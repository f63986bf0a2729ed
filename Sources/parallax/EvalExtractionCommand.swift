import Foundation
import ArgumentParser
import ParallaxEvaluation
import ParallaxReading

struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the HTML reader's body text against the article-extraction-benchmark.",
        discussion: """
            Reads <html>/<id>.html.gz for every {id, body} line of the truth file and compares the extracted \
            body with the true one by the benchmark's own measure: 4-gram shingles of \\w+ tokens, precision \
            and recall per page, averaged over pages; F1 of the two averages; ± is 1.96 standard deviations \
            over 1000 bootstrap resamples.

            Example:
              parallax eval extraction --html ../shared/data/extraction/html \\
                  --truth ../shared/data/extraction/ground_truth.jsonl
            """
    )

    @Option(help: "Folder of the pages, named <id>.html.gz or <id>.html.")
    var html: String

    @Option(help: "JSONL file of {\"id\", \"body\"} ground truth.")
    var truth: String

    @Option(help: "Also list the N pages with the lowest F1.")
    var worst = 0

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Option(help: "Write each page's extracted body to this JSONL file ({\"id\", \"body\"}), to inspect or rescore.")
    var output: String?

    func run() throws {
        let evaluation = try ExtractionEvaluation(htmlFolder: html, truthPath: truth) { done, total in
            Terminal.progress("extraction: page \(done) of \(total)")
        }
        Terminal.endProgress()
        if let output {
            let lines = evaluation.pages.map { page in
                var object = JSONObjectWriter()
                object.add("id", page.id)
                object.add("body", page.extracted)
                return object.text + "\n"
            }
            try lines.joined().write(toFile: output, atomically: true, encoding: .utf8)
        }
        let score = evaluation.score
        let spread = ExtractionScore.confidence(of: evaluation.pages.map(\.match))
        if json {
            var object = JSONObjectWriter()
            object.add("pages", score.pages)
            object.add("precision", score.precision)
            object.add("recall", score.recall)
            object.add("f1", score.f1)
            object.add("accuracy", score.accuracy)
            object.add("f1_ci", spread.f1)
            print(object.text)
        } else {
            print("pages      \(score.pages)")
            print("precision  \(Terminal.decimal(score.precision)) ± \(Terminal.decimal(spread.precision))")
            print("recall     \(Terminal.decimal(score.recall)) ± \(Terminal.decimal(spread.recall))")
            print("F1         \(Terminal.decimal(score.f1)) ± \(Terminal.decimal(spread.f1))")
            print("accuracy   \(Terminal.decimal(score.accuracy))  (pages whose tokens match exactly)")
        }
        guard worst > 0 else { return }
        let ranked = evaluation.pages.sorted { pageF1($0) < pageF1($1) }
        for page in ranked.prefix(worst) {
            let note = page.error ?? "\(page.extracted.count) characters extracted"
            print("  \(Terminal.decimal(pageF1(page)))  P \(Terminal.decimal(page.match.precision))  R \(Terminal.decimal(page.match.recall))  \(page.id)  \(note)")
        }
    }

    private func pageF1(_ page: ExtractionEvaluation.Page) -> Double {
        let p = page.match.precision, r = page.match.recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}
