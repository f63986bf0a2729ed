import Testing
@testable import ParallaxComparison

@Suite("Shared facts are groups that cannot grow by chaining")
struct FactClusteringTests {
    static func profile(article: Int, text: String, words: [String]) -> SentenceProfile {
        SentenceProfile(article: article, sentence: 0, text: text, start: 0, end: text.unicodeScalars.count,
                        features: Dictionary(uniqueKeysWithValues: words.map { ("w:" + $0, 1.0) }), phrases: [:],
                        actors: [], days: [], wordCount: text.split(separator: " ").count)
    }

    /// A shares half its words with B, B shares its other half with C, A and C nothing.
    static let chain = [
        profile(article: 0, text: "The harbour bridge closed after the storm damaged cables.",
                words: ["harbour", "bridg", "close", "storm", "damag", "cabl"]),
        profile(article: 1, text: "Storm damage closed the harbour bridge while ferries stopped and schools shut early.",
                words: ["harbour", "bridg", "close", "storm", "damag", "cabl", "ferri", "stop", "school", "shut", "earli"]),
        profile(article: 2, text: "Ferries stopped running and schools shut early across the region.",
                words: ["ferri", "stop", "school", "shut", "earli", "region"]),
    ]

    @Test func aChainOfTwoLinksIsNotOneFactOfThree() {
        let alignment = FactAlignment(profiles: Self.chain)
        #expect(alignment.similarity(0, 1) >= FactAlignment.threshold)
        #expect(alignment.similarity(1, 2) >= FactAlignment.threshold)
        #expect(alignment.similarity(0, 2) == 0)
        #expect(!alignment.facts.contains { $0.articles.count == 3 })
        // B joins the closer of its two neighbours, and the other stays on its own.
        #expect(alignment.facts.contains { $0.members == [0, 1] })
        #expect(alignment.facts.contains { $0.members == [2] })
    }

    @Test func everyTwoMembersOfAFactAreLinked() {
        // A fourth outlet restating B's whole sentence is close to all three, but A and C still are not.
        let all = Self.chain + [Self.profile(article: 3, text: "The storm closed the harbour bridge, stopped ferries and shut schools early.",
                                             words: ["harbour", "bridg", "close", "storm", "ferri", "stop", "school", "shut", "earli"])]
        let alignment = FactAlignment(profiles: all)
        for fact in alignment.facts {
            #expect(Set(fact.articles).count == fact.members.count, "one statement per article")
            for (position, x) in fact.members.enumerated() {
                for y in fact.members[(position + 1)...] {
                    #expect(alignment.links.contains { $0.0 == x && $0.1 == y })
                }
            }
        }
        #expect(!alignment.facts.contains { $0.members.contains(0) && $0.members.contains(2) })
        #expect(alignment.facts.contains { $0.members.count == 3 })
    }
}
