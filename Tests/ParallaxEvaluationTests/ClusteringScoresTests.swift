import Testing
@testable import ParallaxEvaluation

@Suite("Clustering scores")
struct ClusteringScoresTests {
    @Test func perfectClusteringScoresOne() {
        let scores = ClusteringScores(predicted: ["a", "a", "b", "c"], gold: ["x", "x", "y", "z"])
        #expect(scores.b3F1 == 1 && scores.pairF1 == 1)
        #expect(abs(scores.adjustedRandIndex - 1) < 1e-12)
        #expect(abs(scores.normalizedMutualInformation - 1) < 1e-12)
    }

    /// Worked by hand: gold {1,2,3}{4,5}; predicted {1,2}{3,4,5}.
    @Test func valuesComputedByHand() {
        let scores = ClusteringScores(predicted: ["p", "p", "q", "q", "q"], gold: ["g", "g", "g", "h", "h"])
        // B³ precision: items 1,2: 2/2; item 3: 1/3; items 4,5: 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
        #expect(abs(scores.b3Precision - 11.0 / 15) < 1e-12)
        // B³ recall: items 1,2: 2/3; item 3: 1/3; items 4,5: 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15.
        #expect(abs(scores.b3Recall - 11.0 / 15) < 1e-12)
        // Pairs together in both: {1,2}, {4,5} = 2; predicted pairs 1+3 = 4; gold pairs 3+1 = 4.
        #expect(scores.pairPrecision == 0.5 && scores.pairRecall == 0.5)
        // ARI: expected = 4*4/10 = 1.6, max = 4 → (2-1.6)/(4-1.6) = 1/6 (scikit-learn gives 0.1667 too).
        #expect(abs(scores.adjustedRandIndex - 1.0 / 6) < 1e-12)
    }

    @Test func everythingInOneClusterHasFullRecallAndNoInformation() {
        let scores = ClusteringScores(predicted: ["a", "a", "a", "a"], gold: ["x", "x", "y", "y"])
        #expect(scores.b3Recall == 1)
        #expect(scores.b3Precision == 0.5)
        #expect(abs(scores.normalizedMutualInformation) < 1e-12)
    }

    /// Gold {1,2,3}{4,5}; predicted {1,2}{3,4,5}: q merges g and h; g is split 2 + 1.
    @Test func mergesAndSplitsAreListedLargestFirst() {
        let errors = ClusteringErrors(predicted: ["p", "p", "q", "q", "q"], gold: ["g", "g", "g", "h", "h"])
        #expect(errors.merges.count == 1)
        #expect(errors.merges.first?.cluster == "q")
        #expect(errors.merges.first?.classes.map(\.name) == ["h", "g"])
        #expect(errors.merges.first?.classes.map(\.count) == [2, 1])
        #expect(errors.splits == [.init(goldClass: "g", parts: [2, 1])])
    }

    /// Two English reports of g went to p; the French one to p (joined), the German one of h to r while h's
    /// English report went to q (not joined). Stories: all in s except the German one.
    @Test func reportsInOtherLanguagesAreCountedWhenTheyJoinTheirEnglishCoverage() {
        let joins = CrossLanguageJoins(
            languages: ["en", nil, "fr", "en", "de"],
            predictedEvents: ["p", "p", "p", "q", "r"], goldEvents: ["g", "g", "g", "h", "h"],
            predictedStories: ["s", "s", "s", "s", "t"], goldStories: ["S", "S", "S", "S", "S"])
        #expect(joins.articles == 2)
        #expect(joins.joinedEvent == 1)
        #expect(joins.joinedStory == 1)
    }
}
