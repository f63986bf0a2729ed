import Testing
import ParallaxReading
@testable import ParallaxAnalysis

/// A story of hundreds of outlets: the roster and the quote ledger join what comparing every pair would join,
/// without comparing every pair.
@Suite("Stories of many articles")
struct StoryScaleTests {
    static let outlets = 300

    /// `count` articles, each by its own outlet, quoting Gates in the same words (and naming him in one of
    /// three spellings); every tenth gives the quote to Putin instead.
    static func story(_ count: Int) -> [AnalyzedArticle] {
        let analyzer = Analyzer()
        let spellings = ["Robert M. Gates", "Robert Gates", "Mr. Gates"]
        return (0..<count).map { index in
            let speaker = index % 10 == 9 ? "Vladimir Putin" : spellings[index % 3]
            let text = "Defense Secretary Robert Gates arrived in Moscow on Monday.\n\n"
                + "“Taking at face value Gadhafi’s claims about the number of civilian casualties is just outright lies,” \(speaker) said."
            return analyzer.analyze(Article(id: "a\(index)", text: text, outlet: "outlet\(index)"))
        }
    }

    @Test func oneQuoteCarriedByHundredsOfOutletsIsOneEntryPerSpeaker() throws {
        let articles = Self.story(Self.outlets)
        let ledger = QuoteLedger(articles, roster: Roster(articles))
        let gates = try #require(ledger.entries.first { $0.speaker == "Robert M. Gates" })
        let putin = try #require(ledger.entries.first { $0.speaker == "Vladimir Putin" })
        #expect(gates.variants.count == Self.outlets - Self.outlets / 10)
        #expect(putin.variants.count == Self.outlets / 10)
        #expect(ledger.entries.count == 2)
    }

    @Test func oneNameInHundredsOfArticlesIsOneEntry() throws {
        let articles = Self.story(Self.outlets)
        let roster = Roster(articles)
        let gates = try #require(roster.entries.first { $0.name == "Robert M. Gates" })
        #expect(gates.articles.count == Self.outlets)
        #expect(Set(gates.aliases.map(\.form)).isSuperset(of: ["Robert M. Gates", "Robert Gates", "Gates"]))
        #expect(roster.entries.filter { $0.aliases.contains { $0.form.contains("Gates") } }.count == 1)
    }

    /// Quotes that share their common words ("the", "said") but not enough of their own are never candidates: the
    /// number of candidate pairs follows the copies, not the square of the quotes.
    @Test func commonWordsDoNotMakeEveryPairACandidate() {
        // Words under five letters are their own keys: "a17" and "b17" belong to one quote only.
        let quotes = (0..<900).map { index in
            QuoteLedger.keys(["the", "minister", "said", "a\(index)", "b\(index)", "c\(index)", "d\(index)"])
        }
        #expect(QuoteLedger.candidatePairs(quotes).isEmpty)
        let copies = quotes + quotes.prefix(10)
        #expect(QuoteLedger.candidatePairs(copies).count == 10)
    }

    /// Hundreds of spellings of one surname make one block, more than `largestBlock`: those beyond it are compared
    /// with the most named forms only, and still join them.
    @Test func aBlockBeyondTheLargestComparedWholeStillJoins() throws {
        let analyzer = Analyzer()
        let count = Roster.largestBlock * 2
        let articles = (0..<count).map { index in
            analyzer.analyze(Article(id: "s\(index)", text: "Councillor Zed\(index) Okonkwo spoke on Monday.", outlet: "o\(index)"))
        } + [analyzer.analyze(Article(id: "last", text: "Okonkwo said the vote was close.", outlet: "last"))]
        let people = Roster(articles).entries.filter { $0.aliases.contains { $0.form.contains("Okonkwo") } }
        // "Zed1", "Zed2", … read as one given name (the same sound, one a prefix of another): one person.
        #expect(people.count == 1)
        #expect(people.first?.articles.count == count + 1)
    }
}
