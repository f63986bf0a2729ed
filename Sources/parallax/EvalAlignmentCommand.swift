import ArgumentParser
import Foundation
import ParallaxComparison
import ParallaxEvaluation
import ParallaxReading

struct EvalAlignmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Score the sentence matcher (do two sentences state the same fact?) on labelled sentence pairs.",
        discussion: """
            Each line is {"id", "a", "b", "label"} with label 1 when the two sentences say the same thing \
            (MRPC-style). Prints accuracy and the precision, recall and F1 of label 1 for Parallax's matcher, \
            the one the coverage report uses to say that two outlets carry one fact (word rarity fitted on the \
            file's sentences, fixed weights), beside a TF-IDF cosine baseline whose IDF is fitted on the file's \
            sentences and whose threshold is chosen on the same file to maximise accuracy (an optimistic baseline).

            Examples:
              parallax eval alignment Tests/ParallaxEvaluationTests/Fixtures/alignment/pairs.jsonl
              parallax eval alignment ../shared/data/paraphrase/mrpc-train.jsonl --split-at 0.667 --predictions /tmp/pred.jsonl
            """
    )

    @Argument(help: "JSONL file of labelled sentence pairs.")
    var file: String

    @Option(help: "Write Parallax's answer for each pair here, as {\"id\", \"label\"} lines.")
    var predictions: String?

    @Option(help: "Write each pair's features and gold label here, as {\"id\", \"label\", \"features\"} lines (to refit the weights).")
    var features: String?

    @Option(help: "Also score the pairs before and from this fraction of the file separately (e.g. 0.667: a development part and a check part).")
    var splitAt: Double?

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    func validate() throws {
        if let splitAt, !(0 < splitAt && splitAt < 1) {
            throw ValidationError("--split-at must be a fraction between 0 and 1, such as 0.667")
        }
    }

    func run() throws {
        let pairs: [SentencePair]
        do {
            pairs = try SentencePair.load(file)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
        let sentences = pairs.map { (SentenceEquivalence.Sentence($0.a), SentenceEquivalence.Sentence($0.b)) }
        let matcher = SentenceEquivalence(rarity: .init(sentences.flatMap { [$0.0, $0.1] }))
        let answers = sentences.map { matcher.areEquivalent($0.0, $0.1) }
        if let predictions {
            let lines = zip(pairs, answers).map { pair, answer in
                var object = JSONObjectWriter()
                object.add("id", pair.id)
                object.add("label", answer ? 1 : 0)
                return object.text + "\n"
            }
            try write(lines.joined(), to: predictions)
        }
        if let features {
            let lines = zip(pairs, sentences).map { pair, sentence in
                var object = JSONObjectWriter()
                object.add("id", pair.id)
                object.add("label", pair.label)
                object.addRaw("features", "[" + matcher.features(sentence.0, sentence.1).map { String($0) }.joined(separator: ",") + "]")
                return object.text + "\n"
            }
            try write(lines.joined(), to: features)
        }
        var parts = [("all", pairs.indices)]
        if let splitAt {
            let cut = Int((Double(pairs.count) * splitAt).rounded())
            parts += [("before \(cut)", 0..<cut), ("from \(cut)", cut..<pairs.count)]
        }
        let scored = parts.map { name, range in
            (name, AlignmentEvaluation(pairs: Array(pairs[range]), predictions: Array(answers[range])))
        }
        if json {
            var object = JSONObjectWriter()
            for (name, evaluation) in scored {
                var part = JSONObjectWriter()
                part.add("pairs", evaluation.pairs)
                part.add("always_1_accuracy", evaluation.positiveShare)
                part.addRaw("parallax", Self.json(evaluation.matcher))
                var baseline = JSONObjectWriter()
                baseline.add("threshold", evaluation.baselineThreshold)
                baseline.add("threshold_set_on", "these pairs, to maximise accuracy")
                baseline.addRaw("scores", Self.json(evaluation.baseline))
                part.addRaw("tfidf_cosine", baseline.text)
                object.addRaw(name == "all" ? "all" : name.hasPrefix("before") ? "first_part" : "last_part", part.text)
            }
            print(object.text)
            return
        }
        for (name, evaluation) in scored {
            print("\(name == "all" ? "pairs" : "pairs \(name)")  \(evaluation.pairs)  (label 1: \(Terminal.decimal(evaluation.positiveShare)), the accuracy of always answering 1)")
            print("                       accuracy  precision  recall  F1")
            print(Self.row("parallax matcher", evaluation.matcher))
            print(Self.row("tf-idf cosine ≥ \(Terminal.decimal(evaluation.baselineThreshold))", evaluation.baseline))
        }
        print("The baseline's IDF is fitted on the file's sentences and its threshold chosen on the same pairs to maximise accuracy.")
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Terminal.error("\(path): cannot write (\(error.localizedDescription)); give a path in a folder you can write to")
            throw ExitCode.failure
        }
    }

    private static func row(_ name: String, _ scores: BinaryScores) -> String {
        name.padding(toLength: 23, withPad: " ", startingAt: 0)
            + [scores.accuracy, scores.precision, scores.recall, scores.f1].map { Terminal.decimal($0).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined(separator: "  ")
    }

    private static func json(_ scores: BinaryScores) -> String {
        var object = JSONObjectWriter()
        object.add("accuracy", scores.accuracy)
        object.add("precision", scores.precision)
        object.add("recall", scores.recall)
        object.add("f1", scores.f1)
        return object.text
    }
}
