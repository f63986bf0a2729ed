import Foundation
import Testing
@testable import ParallaxEvaluation

@Suite("Sentence-pair scoring and the TF-IDF cosine baseline")
struct AlignmentEvaluationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/alignment/pairs.jsonl").path

    @Test func scoresCountLabelOneAsPositive() {
        let scores = BinaryScores(gold: [1, 1, 1, 0, 0], predicted: [true, true, false, true, false])
        #expect((scores.truePositives, scores.falseNegatives, scores.falsePositives, scores.trueNegatives) == (2, 1, 1, 1))
        #expect(scores.accuracy == 0.6)
        #expect(abs(scores.precision - 2.0 / 3) < 1e-12 && abs(scores.recall - 2.0 / 3) < 1e-12)
        #expect(abs(scores.f1 - 2.0 / 3) < 1e-12)
    }

    @Test func cosineTokensAreLowerCasedRunsOfTwoWordCharacters() {
        #expect(CosineBaseline.tokens("A U.S. firm's $4.2bn deal") == ["firm", "2bn", "deal"])
    }

    @Test func baselineThresholdIsTheBestCutOnThePairs() throws {
        let pairs = try SentencePair.load(Self.fixture)
        let baseline = CosineBaseline(pairs: pairs)
        #expect(abs(baseline.cosine(pairs[0].a, pairs[0].a) - 1) < 1e-9)
        let (threshold, cosines) = baseline.bestThreshold(pairs)
        let accuracyAt = { (cut: Double) in
            Double(zip(pairs, cosines).filter { ($1 >= cut) == ($0.label == 1) }.count) / Double(pairs.count)
        }
        // No cut between two observed cosines does better than the chosen one.
        let chosen = accuracyAt(threshold)
        for cut in cosines + [0, 2] { #expect(accuracyAt(cut) <= chosen) }
        let evaluation = AlignmentEvaluation(pairs: pairs, predictions: pairs.map { $0.label == 1 })
        #expect(evaluation.matcher.accuracy == 1)
        #expect(evaluation.baseline.accuracy == chosen)
        #expect(evaluation.positiveShare == 0.5)
    }

    @Test func badLinesAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alignment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let malformed = folder.appendingPathComponent("malformed.jsonl").path
        try "{\"id\": \"x\", \"a\": \"A\", \"b\": \"B\", \"label\": 1}\n{\"id\": \"y\", \"a\": \"A\"}\n".write(toFile: malformed, atomically: true, encoding: .utf8)
        #expect(Self.failure(malformed)?.contains("line 2") == true)
        let badLabel = folder.appendingPathComponent("label.jsonl").path
        try "{\"id\": \"z\", \"a\": \"A\", \"b\": \"B\", \"label\": 2}\n".write(toFile: badLabel, atomically: true, encoding: .utf8)
        #expect(Self.failure(badLabel)?.contains("id z") == true)
        #expect(Self.failure(folder.appendingPathComponent("missing.jsonl").path)?.contains("cannot read") == true)
    }

    /// The error message of loading `path`, read outside `#expect` (a typed-throws catch inside it crashed the
    /// test process).
    static func failure(_ path: String) -> String? {
        do {
            _ = try SentencePair.load(path)
            return nil
        } catch {
            return error.description
        }
    }
}
