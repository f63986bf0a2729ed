import Foundation
import Testing
import ParallaxReading
@testable import ParallaxAnalysis

/// The bar of the Quotes issue, on the two seed reports.
@Suite("Quotes of the seed reports")
struct SeedQuotesTests {
    let analyzed: [AnalyzedArticle]
    let roster: Roster

    init() {
        var articles: [Article] = []
        ArticleReader().read(paths: [SeedEntitiesTests.folder]) { if case .success(let article) = $0 { articles.append(article) } }
        analyzed = articles.map(Analyzer().analyze)
        roster = Roster(analyzed)
    }

    func quote(containing words: String) -> Quote? {
        analyzed.flatMap(\.quotes).first { $0.kind == .direct && $0.text.contains(words) }
    }

    @Test func theOutrightLiesQuoteIsOneQuoteCarriedByBothOutlets() throws {
        let ledger = QuoteLedger(analyzed, roster: roster)
        let entry = try #require(ledger.entries.first { $0.variants.contains { $0.quote.text.contains("outright lies") } })
        #expect(entry.speaker == "Robert M. Gates")
        #expect(entry.outlets == ["AFP", "AP"])
        #expect(entry.variants.count == 2)
        #expect(ledger.entries.first?.outlets == ["AFP", "AP"])  // the shared quote leads the ledger
    }

    @Test(arguments: [
        ("The Russian president especially noted", "Kremlin"),
        ("We maintain diplomatic relations", "Sergei Prikhodko"),
        ("That is the main danger", "Sergei Prikhodko"),
        ("Kadhafi will fall", "Vladimir Chamov"),
        ("real hostilities", "Anatoly Serdyukov"),
        ("going to great lengths", "Robert M. Gates"),
        ("I’m a little curious", "Robert M. Gates"),
        ("a medieval call for a crusade", "Vladimir Putin"),
    ])
    func speakers(words: String, speaker: String) throws {
        let found = try #require(quote(containing: words))
        #expect(found.speakerEntity == speaker, "\(words): \(found.speaker ?? "nil")")
    }

    @Test func chamovsQuoteBrokenByItsAttributionIsOneQuote() throws {
        let chamov = try #require(quote(containing: "Kadhafi will fall"))
        #expect(chamov.fragments.count == 2)
        #expect(chamov.text.hasSuffix("a repetition of the Iraq scenario are possible.\""))
        #expect(chamov.cue == "told")
    }

    @Test func offsetsPointAtTheQuoteAndItsSpeaker() throws {
        for article in analyzed {
            let scalars = Array(article.article.text.unicodeScalars)
            for quote in article.quotes {
                #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
                if let start = quote.speakerStart, let end = quote.speakerEnd {
                    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote.speaker)
                }
            }
        }
    }
}

/// The quotes the analyzer finds in an English text.
private func quotes(_ text: String) -> [Quote] {
    Analyzer().analyze(Article(id: "t", text: text, language: "en")).quotes
}

@Suite("Quote extraction")
struct QuoteExtractionTests {
    @Test func aQuoteOverSeveralParagraphsIsOne() throws {
        let found = quotes("""
            Senator Jane Doe spoke first. “We will not give up on this bill.

            “Nor will we give up on the people who need it,” Doe said.
            """).filter { $0.kind == .direct }
        #expect(found.count == 1)
        let quote = try #require(found.first)
        #expect(quote.fragments.count == 2)
        #expect(quote.speakerEntity == "Jane Doe")
    }

    @Test func aStrayMarkDoesNotSwallowTheArticle() {
        let found = quotes("""
            The minister said the “plan was ready.

            Officials met on Tuesday to discuss the budget. Nothing was decided.

            “We need more time,” the minister said.
            """).filter { $0.kind == .direct }
        #expect(found.map(\.text) == ["“We need more time,”"])
    }

    @Test func nestedSingleQuotesStayInside() {
        let found = quotes("“He told me, ‘Never again,’ and left,” Smith said.").filter { $0.kind == .direct }
        #expect(found.map(\.text) == ["“He told me, ‘Never again,’ and left,”"])
        #expect(found.first?.speaker == "Smith")
    }

    @Test func speakerBeforeAfterAndInverted() {
        let text = """
            John Smith said: “Prices will rise.” “Wages will not,” said Mary Jones. “Nobody knows,” she added.
            """
        let found = quotes(text).filter { $0.kind == .direct }
        #expect(found.map(\.speakerEntity) == ["John Smith", "Mary Jones", "Mary Jones"])
        #expect(found.map(\.cue) == ["said", "said", "added"])
    }

    @Test func reportedSpeech() throws {
        let found = quotes("Defense Secretary Robert Gates said the coalition was going to great lengths to avoid civilian deaths.")
        let indirect = try #require(found.first { $0.kind == .indirect })
        #expect(indirect.text == "the coalition was going to great lengths to avoid civilian deaths")
        #expect(indirect.speakerEntity == "Robert Gates")
        #expect(indirect.cue == "said")
    }
}

@Suite("Quote ledger")
struct QuoteLedgerTests {
    @Test func transliteratedAndReworded() {
        let afp = QuoteLedger.words("\"It's almost as though some people here are taking at face value Kadhafi's claims about the number of civilian casualties, which as far as I'm concerned is just outright lies,\"")
        let ap = QuoteLedger.words("“it’s almost as though some people here are taking at face value Gadhafi’s claims about the number of civilian casualties — which as far as I’m concerned are just outright lies.”")
        #expect(QuoteLedger.sameWords(afp, ap))
        // A shorter excerpt of the same quote matches; different words do not.
        #expect(QuoteLedger.sameWords(QuoteLedger.words("“taking at face value Gadhafi’s claims about the number”"), ap))
        #expect(!QuoteLedger.sameWords(QuoteLedger.words("“We haven’t done something like this, kind of on the fly before”"), ap))
        #expect(!QuoteLedger.sameWords(QuoteLedger.words("“crusades”"), QuoteLedger.words("“crusade”")))
    }
}

/// Classes of speaker error, each on a sentence of its own making: a possessive is not a subject, a time is
/// not a speaker, a word of a name is not a reporting verb.
@Suite("Speakers")
struct SpeakerTests {
    @Test func aPronounAfterAPossessiveNameGoesToTheSubjectBeforeIt() throws {
        let found = quotes("""
            Mr. Medvedev issued a rare rebuke of Mr. Putin’s statements on Monday. And he defended the vote, \
            saying it was a response to the “crimes against his own people.”
            """)
        let quote = try #require(found.first { $0.kind == .direct && $0.text.contains("crimes against") })
        #expect(quote.speakerEntity?.contains("Medvedev") == true, "\(quote.speakerEntity ?? "none")")
    }

    @Test(arguments: ["on Tuesday", "Tuesday", "last week", "earlier this month"])
    func aTimeBetweenSubjectAndVerbIsNotTheSpeaker(_ time: String) throws {
        let found = quotes("Russia’s defense minister \(time) called for an immediate cease-fire in Libya, officials said.")
        let quote = try #require(found.first { $0.kind == .indirect && $0.text.contains("cease-fire") })
        #expect(quote.speaker == "Russia’s defense minister")
    }

    @Test func aWordOfANameIsNotAReportingVerb() {
        let found = quotes("Russia has been praised by the United States for opening its skies to deliveries for the campaign.")
        #expect(!found.contains { $0.speaker == "United" }, "\(found.map { ($0.speaker, $0.text) })")
    }
}
