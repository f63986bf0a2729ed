import ArgumentParser
import Foundation
import ParallaxComparison
import ParallaxEvaluation
import ParallaxReading

struct EvalConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Score figure conflicts on pairs of an article and its rewritten copy.",
        discussion: """
            FILE holds pairs made by `parallax eval conflict-pairs`: an article, a second outlet's copy with every \
            figure written in another form, and in half of the pairs one figure changed. Each pair is compared \
            as a story of two outlets. Found: changed pairs where a figure conflict sets the changed figure \
            against the original. Precision: reported figure conflicts that do so (every conflict in a pair \
            without a change is wrong, as is a conflict about another figure).

            Example:
              parallax eval conflict-pairs ../shared/data/ecbplus/dev.jsonl --output /tmp/conflict-pairs.jsonl
              parallax eval conflicts /tmp/conflict-pairs.jsonl
            """
    )

    @Argument(help: "A JSONL file of conflict pairs.")
    var file: String

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Option(help: "How many missed changes and wrong conflicts to list.")
    var examples = 8

    func run() throws {
        let pairs: [ConflictPair]
        do {
            pairs = try ConflictPair.load(file)
        } catch {
            throw ValidationError(error.description)
        }
        var evaluation = ConflictEvaluation(examples: examples)
        let comparison = Comparison()
        for pair in pairs {
            let report = comparison.compare([pair.a.article, pair.b.article])
            let conflicts = report.conflicts.filter { $0.kind == .figure }.map { conflict in
                conflict.values.map { value in
                    ConflictEvaluation.ReportedValue(outlet: value.outlet, value: value.value,
                                                     sentence: value.statement.text, sentenceStart: value.statement.start)
                }
            }
            evaluation.add(pair, conflicts: conflicts)
        }
        if json {
            var object = JSONObjectWriter()
            object.add("pairs", evaluation.pairs)
            object.add("changed_pairs", evaluation.changedPairs)
            object.add("found", evaluation.found)
            object.add("found_share", evaluation.recall)
            object.add("reported_conflicts", evaluation.reported)
            object.add("right_conflicts", evaluation.right)
            object.add("precision", evaluation.precision)
            print(object.text)
            return
        }
        print("pairs               \(evaluation.pairs) (\(evaluation.changedPairs) with a changed figure)")
        print("changed figure found \(percent(evaluation.recall))  (\(evaluation.found) of \(evaluation.changedPairs) pairs)")
        print("conflicts right      \(percent(evaluation.precision))  (\(evaluation.right) of \(evaluation.reported) figure conflicts reported)")
        if !evaluation.misses.isEmpty {
            print("changes missed (first \(evaluation.misses.count)):")
            for miss in evaluation.misses { print("  \(miss.pair)  \(miss.description)") }
        }
        if !evaluation.falseConflicts.isEmpty {
            print("wrong conflicts (first \(evaluation.falseConflicts.count)):")
            for wrong in evaluation.falseConflicts { print("  \(wrong.pair)  \(wrong.description)") }
        }
    }

    private func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
