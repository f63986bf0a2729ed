import ArgumentParser
import ParallaxEvaluation
import ParallaxReading

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score person recognition against the named sources of quote-attribution gold (a proxy).",
        discussion: """
            Gold: attribution sources (PolNeAR format) that open with a name, such as "David Axelrod" or \
            "Clinton, the former secretary of State"; not pronouns, possessives, places, acronyms or \
            organisations. Recall: the share of gold names a predicted person mention overlaps. Precision: of \
            the predicted mentions of any type overlapping a gold name, the share typed person. Exact: of the \
            names found, the share with exactly the gold name's span.

            Example:
              parallax eval entities --gold ../shared/data/polnear/dev.jsonl --split dev
            """
    )

    @OptionGroup var source: AttributionGoldOptions

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Option(help: "Also list the first N gold names no person mention was found for, with what was found there.")
    var misses = 0

    func run() throws {
        let evaluation = try PersonSpanEvaluation(goldPath: source.gold, split: source.split)
        if json {
            var object = JSONObjectWriter()
            object.add("articles", evaluation.articles)
            object.add("gold_names", evaluation.goldNames)
            object.add("precision", evaluation.precision)
            object.add("recall", evaluation.recall)
            object.add("f1", evaluation.f1)
            object.add("exact", evaluation.exactShare)
            print(object.text)
            return
        }
        print("articles    \(evaluation.articles)")
        print("gold names  \(evaluation.goldNames)  (attribution sources that open with a name)")
        print("precision   \(Terminal.decimal(evaluation.precision))  (overlapping predictions typed person)")
        print("recall      \(Terminal.decimal(evaluation.recall))")
        print("F1          \(Terminal.decimal(evaluation.f1))")
        print("exact span  \(Terminal.decimal(evaluation.exactShare))  (of the names found)")
        for miss in evaluation.misses.prefix(misses) {
            print("  missed \(miss.name)  ←  \(miss.predicted.isEmpty ? "nothing" : miss.predicted)")
        }
    }
}
