import ArgumentParser
import Foundation
import ParallaxAnalysis
import ParallaxEvaluation
import ParallaxReading

struct EvalDatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Score temporal expressions (TIMEX3 extents, types, values) on TempEval-3-style documents.",
        discussion: """
            Each line: {"id","date","text","timexes":[{"start","end","text","type","value"}]}, offsets in \
            Unicode scalars (Python str indexing), `date` the publication date (YYYY-MM-DD) relative dates \
            are resolved against. Scored as TempEval-3 task A: in each document, predicted spans (trimmed of \
            white space) are paired one-to-one with gold spans, identical spans first, then by largest \
            overlap. Extent strict counts identical pairs, relaxed pairs that overlap by a character; \
            P = pairs / predicted, R = pairs / gold, over all documents. A value counts as correct only on a \
            relaxed pair whose value strings are equal; value F1 = value accuracy × relaxed F1. Type likewise.

            Example:
              parallax eval dates Tests/ParallaxAnalysisTests/Fixtures/timex/handmade.jsonl
              parallax eval dates ../shared/data/timex/meantime-en.jsonl --predictions /tmp/timex.jsonl
            """
    )

    @Argument(help: "JSONL file of documents with gold `timexes`.")
    var file: String

    @Option(help: "Write the predicted expressions to this JSONL file ({\"id\",\"timexes\":[…]}, same fields).")
    var predictions: String?

    @Flag(help: "Leave out, in gold and predictions, spans on the text's second line (a dateline, as in MEANTIME).")
    var withoutDateline = false

    @Option(help: "Also list the first N wrong values, missed and spurious expressions.")
    var errors = 0

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    func run() throws {
        let documents: [TimexDocument]
        do {
            documents = try TimexDocument.load(file)
        } catch {
            throw ValidationError(error.description)
        }
        var evaluation = TimexEvaluation()
        var lines: [String] = []
        for document in documents {
            var predicted = TimexTagger(reference: document.reference).timexes(in: document.text)
            var gold = document.timexes
            if withoutDateline, let dateline = Self.secondLine(of: document.text) {
                predicted.removeAll { dateline.overlaps($0.start..<max($0.end, $0.start + 1)) }
                gold.removeAll { dateline.overlaps($0.start..<max($0.end, $0.start + 1)) }
            }
            evaluation.add(document: document.id, text: document.text, gold: gold, predicted: predicted)
            if predictions != nil {
                var object = JSONObjectWriter()
                object.add("id", document.id)
                object.addRaw("timexes", "[" + predicted.map(Self.json).joined(separator: ",") + "]")
                lines.append(object.text + "\n")
            }
        }
        if let predictions {
            do {
                try lines.joined().write(toFile: predictions, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("cannot write \(predictions): \(error.localizedDescription)")
            }
        }
        json ? printJSON(evaluation) : printTable(evaluation)
    }

    /// The scalar range of the text's second line.
    static func secondLine(of text: String) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        guard let firstBreak = scalars.firstIndex(of: "\n") else { return nil }
        let end = scalars[(firstBreak + 1)...].firstIndex(of: "\n") ?? scalars.count
        return firstBreak + 1..<end
    }

    static func json(_ timex: Timex) -> String {
        var object = JSONObjectWriter()
        object.add("start", timex.start)
        object.add("end", timex.end)
        object.add("text", timex.text)
        object.add("type", timex.type.rawValue)
        object.add("value", timex.value)
        return object.text
    }

    private func printJSON(_ evaluation: TimexEvaluation) {
        var object = JSONObjectWriter()
        object.add("documents", evaluation.documents)
        object.add("gold", evaluation.counts.gold)
        object.add("predicted", evaluation.counts.predicted)
        for (name, precision, recall, f1) in [
            ("strict", evaluation.strictPrecision, evaluation.strictRecall, evaluation.strictF1),
            ("relaxed", evaluation.relaxedPrecision, evaluation.relaxedRecall, evaluation.relaxedF1),
        ] {
            var extent = JSONObjectWriter()
            extent.add("precision", precision)
            extent.add("recall", recall)
            extent.add("f1", f1)
            object.addRaw(name, extent.text)
        }
        object.add("value_accuracy", evaluation.valueAccuracy)
        object.add("value_f1", evaluation.valueF1)
        object.add("type_accuracy", evaluation.typeAccuracy)
        object.add("type_f1", evaluation.typeF1)
        print(object.text)
    }

    private func printTable(_ evaluation: TimexEvaluation) {
        let counts = evaluation.counts
        print("documents \(evaluation.documents)  gold \(counts.gold)  predicted \(counts.predicted)")
        print("extent   precision  recall  F1")
        print("strict   \(Terminal.decimal(evaluation.strictPrecision))      \(Terminal.decimal(evaluation.strictRecall))   \(Terminal.decimal(evaluation.strictF1))")
        print("relaxed  \(Terminal.decimal(evaluation.relaxedPrecision))      \(Terminal.decimal(evaluation.relaxedRecall))   \(Terminal.decimal(evaluation.relaxedF1))")
        print("value    accuracy \(Terminal.decimal(evaluation.valueAccuracy))  F1 \(Terminal.decimal(evaluation.valueF1))")
        print("type     accuracy \(Terminal.decimal(evaluation.typeAccuracy))  F1 \(Terminal.decimal(evaluation.typeF1))")
        print("by gold type: found (relaxed) / right value / gold")
        for (type, score) in evaluation.byType.sorted(by: { $0.key < $1.key }) {
            print("  \(type.padding(toLength: 9, withPad: " ", startingAt: 0)) \(score.found) / \(score.valueCorrect) / \(score.gold)")
        }
        guard errors > 0 else { return }
        print("wrong values (gold → predicted):")
        for error in evaluation.valueErrors.prefix(errors) {
            print("  \(error.gold.text) \(error.gold.value) → \(error.predicted.text) \(error.predicted.value)  [\(error.document.prefix(40))]")
        }
        print("missed:")
        for error in evaluation.missed.prefix(errors) { print("  \(error.gold.text) \(error.gold.type.rawValue) \(error.gold.value)  [\(error.document.prefix(40))]") }
        print("spurious:")
        for error in evaluation.spurious.prefix(errors) { print("  \(error.predicted.text) \(error.predicted.type.rawValue) \(error.predicted.value)  [\(error.document.prefix(40))]") }
    }
}
