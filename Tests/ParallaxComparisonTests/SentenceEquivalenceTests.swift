import Testing
@testable import ParallaxComparison

@Suite("Sentence equivalence: do two sentences state the same fact?")
struct SentenceEquivalenceTests {
    static let sentences = [
        "Rescue teams pulled 12 survivors from the collapsed building overnight, officials said.",
        "Officials said rescue teams had pulled 12 survivors from the collapsed building during the night.",
        "Rescue teams pulled 30 survivors from the collapsed building overnight, officials said.",
        "Rescue teams pulled 12 survivors from the collapsed building overnight, and the mayor ordered an inquiry into the builder's permits and the city's inspections.",
        "The river burst its banks in the north, flooding hundreds of homes.",
    ].map { SentenceEquivalence.Sentence($0) }

    static let matcher = SentenceEquivalence(rarity: .init(sentences))

    @Test func rewordingIsEquivalent() {
        #expect(Self.matcher.areEquivalent(Self.sentences[0], Self.sentences[1]))
        #expect(Self.matcher.areEquivalent(Self.sentences[1], Self.sentences[0]))
    }

    @Test func aDifferentFigureLowersTheOdds() {
        let same = Self.matcher.probability(Self.sentences[0], Self.sentences[1])
        let otherFigure = Self.matcher.probability(Self.sentences[0], Self.sentences[2])
        let reworded = Self.matcher.probability(Self.sentences[1], Self.sentences[2])
        #expect(reworded < same)
        #expect(Self.matcher.features(Self.sentences[0], Self.sentences[2])[7] > 0)
        #expect(otherFigure > reworded)  // same wording, one figure changed: still closer than a rewording with it
    }

    @Test func anAddedFactOrAnotherStoryIsNot() {
        #expect(!Self.matcher.areEquivalent(Self.sentences[0], Self.sentences[3]))
        #expect(!Self.matcher.areEquivalent(Self.sentences[0], Self.sentences[4]))
    }

    @Test func sentencesKeepFiguresAndContentStems() {
        let sentence = SentenceEquivalence.Sentence("The council's 1,200 members voted.")
        #expect(sentence.numbers == ["1200"])
        #expect(sentence.content.contains("council") && !sentence.content.contains("the"))
        #expect(SentenceEquivalence.commonSubsequence(["a", "b", "c", "d"], ["b", "x", "d"]) == 2)
    }
}
