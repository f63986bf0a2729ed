import ArgumentParser
import Foundation
import ParallaxEvaluation

struct EvalConflictPairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflict-pairs",
        abstract: "Make pairs for `eval conflicts` from real articles: figures rewritten, one changed in half.",
        discussion: """
            Each pair is an article and a copy under another outlet's name in which every figure is written in \
            another form that outlets use ("2 million" → "2m", "two million" or "2,000,000"; "45%" → "45 per \
            cent"; "$3.5 billion" → "3.5 billion dollars", "$3.5bn" or "$3.5-billion"; "nine" ↔ "9"). In every \
            other pair one figure of the copy is also changed by 25% or more; the pair records which (the gold). \
            Articles with fewer than two figures are skipped. Write the pairs outside the repository.

            Example:
              parallax eval conflict-pairs ../shared/data/ecbplus/dev.jsonl ../shared/data/polnear/dev.jsonl \\
                --count 300 --output /tmp/conflict-pairs.jsonl
            """
    )

    @Argument(help: "Articles: files or folders (JSONL with `text`, plain text, HTML).")
    var paths: [String]

    @Option(help: "Where to write the pairs (JSONL).")
    var output: String

    @Option(help: "How many pairs to make, at most.")
    var count = 300

    @Option(help: "Seed of the choice of articles, forms and changes.")
    var seed: UInt64 = 1

    func run() throws {
        let (articles, _) = ArticleLoader.load(paths)
        let pairs = ConflictPairMaker().pairs(from: articles, count: count, seed: seed)
        guard !pairs.isEmpty else { throw ValidationError(ConflictPairError.noFigures.description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for pair in pairs {
            data.append(try encoder.encode(pair))
            data.append(UInt8(ascii: "\n"))
        }
        guard FileManager.default.createFile(atPath: output, contents: data) else {
            throw ValidationError("cannot write \(output): choose a path in a folder that exists and is writable")
        }
        let changed = pairs.filter { $0.changed != nil }.count
        let rewritten = pairs.map(\.rewritten).reduce(0, +)
        print("\(pairs.count) pairs (\(changed) with a changed figure, \(rewritten) figures rewritten) → \(output)")
    }
}
