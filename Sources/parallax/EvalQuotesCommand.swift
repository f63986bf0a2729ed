import ArgumentParser
import ParallaxEvaluation
import ParallaxReading

struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote extraction against PolNeAR-style gold, direct and reported speech separately.",
        discussion: """
            Recall: a gold content span is found when a prediction of the same kind overlaps it by at least \
            half of the longer of the two. Precision: a prediction is right when at least half of it lies \
            inside some gold content span of either kind. Exact: found spans predicted with exactly their \
            start and end. Speaker: on found quotes, the predicted speaker overlaps the gold source or names \
            the same entity.

            Example:
              parallax eval quotes --gold ../shared/data/polnear/dev.jsonl --split dev
            """
    )

    @OptionGroup var source: AttributionGoldOptions

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Option(help: "Also list the first N direct quotes missed or given the wrong speaker.")
    var errors = 0

    func run() throws {
        let evaluation = try QuoteEvaluation(goldPath: source.gold, split: source.split)
        if json {
            var object = JSONObjectWriter()
            object.add("articles", evaluation.articles)
            for (name, score) in [("direct", evaluation.direct), ("indirect", evaluation.indirect)] {
                var item = JSONObjectWriter()
                item.add("gold", score.gold)
                item.add("predicted", score.predicted)
                item.add("precision", score.precision)
                item.add("recall", score.recall)
                item.add("f1", score.f1)
                item.add("exact", score.exactShare)
                item.add("speaker_accuracy", score.speakerAccuracy)
                object.addRaw(name, item.text)
            }
            object.add("articles_per_second", Double(evaluation.articles) / max(evaluation.analysisSeconds, 1e-9))
            print(object.text)
            return
        }
        print("articles  \(evaluation.articles)  (\(Int(Double(evaluation.articles) / max(evaluation.analysisSeconds, 1e-9))) articles/s analysed)")
        print("kind       gold  predicted  precision  recall  F1     exact  speaker")
        for (name, score) in [("direct", evaluation.direct), ("indirect", evaluation.indirect)] {
            let cells = [
                name.padding(toLength: 9, withPad: " ", startingAt: 0), String(score.gold).padding(toLength: 5, withPad: " ", startingAt: 0),
                String(score.predicted).padding(toLength: 10, withPad: " ", startingAt: 0),
                Terminal.decimal(score.precision).padding(toLength: 10, withPad: " ", startingAt: 0),
                Terminal.decimal(score.recall).padding(toLength: 7, withPad: " ", startingAt: 0),
                Terminal.decimal(score.f1).padding(toLength: 6, withPad: " ", startingAt: 0),
                Terminal.decimal(score.exactShare).padding(toLength: 6, withPad: " ", startingAt: 0),
                Terminal.decimal(score.speakerAccuracy),
            ]
            print(cells.joined(separator: " "))
        }
        for error in evaluation.directErrors.prefix(errors) {
            print("  \(error.kind): \(error.gold.prefix(110))\n      gold source: \(error.source)  predicted: \(error.predicted.prefix(150))")
        }
    }
}
