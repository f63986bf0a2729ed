import Foundation
import Testing
@testable import ParallaxEvaluation

@Suite("The extraction benchmark's measure")
struct ShingleMatchTests {
    @Test func tokensAreRunsOfWordCharactersAsInPython() {
        #expect(ShingleMatch.tokens("It’s 2019—snake_case, café! 東京") == ["It", "s", "2019", "snake_case", "café", "東京"])
    }

    @Test func countsShinglesAsMultisetsAndNormalises() {
        // truth: a b c d e → shingles abcd, bcde; prediction: a b c d x → abcd, bcdx.
        let match = ShingleMatch(truth: "a b c d e", prediction: "a b c d x")
        #expect(match == ShingleMatch(truePositives: 1.0 / 3, falsePositives: 1.0 / 3, falseNegatives: 1.0 / 3))
        #expect(match.precision == 0.5)
        #expect(match.recall == 0.5)
    }

    @Test func emptyAndPerfectPagesFollowTheBenchmarkRules() {
        let perfect = ShingleMatch(truth: "one two three four five", prediction: "one, two three; four five")
        #expect(perfect.precision == 1 && perfect.recall == 1)
        let nothing = ShingleMatch(truth: "one two three four five", prediction: "")
        #expect(nothing.recall == 0)
        // Nothing predicted: the page counts for recall but not for precision.
        let score = ExtractionScore(matches: [perfect, nothing], exactPages: 1)
        #expect(score.precision == 1)
        #expect(score.recall == 0.5)
        #expect(abs(score.f1 - 2.0 / 3) < 1e-12)
        #expect(score.accuracy == 0.5)
    }

    @Test func shortTextsAreOneShingle() {
        #expect(ShingleMatch(truth: "two words", prediction: "two words").precision == 1)
        #expect(ShingleMatch(truth: "two words", prediction: "two other").recall == 0)
    }

    /// Two real pages of the benchmark, kept as fixtures with their true bodies.
    @Test func theHTMLReaderScoresWellOnRealPages() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ParallaxReadingTests/Fixtures/html").path
        let evaluation = try ExtractionEvaluation(htmlFolder: fixtures, truthPath: fixtures + "/ground_truth.jsonl")
        #expect(evaluation.pages.count == 2)
        for page in evaluation.pages {
            #expect(page.error == nil)
            #expect(page.match.precision >= 0.9, "\(page.id) precision \(page.match.precision)")
            #expect(page.match.recall >= 0.9, "\(page.id) recall \(page.match.recall)")
        }
    }
}
