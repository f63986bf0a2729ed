import Testing
import ParallaxReading
@testable import ParallaxComparison

@Suite("Summary: one sentence per fact, the most widely carried first")
struct SummaryTests {
    static let report = Comparison().compare(SeedReportTests.read([SeedReportTests.fixtures + "/seeds"]))

    @Test func sharedFactsComeBeforeWhatOneOutletAloneSays() {
        let counts = Self.report.summary.map(\.outlets.count)
        #expect(counts == counts.sorted(by: >))
        #expect(counts.first == 2)
        #expect(counts.count == 5)
    }

    @Test func noSentenceLeansOnOneBeforeIt() {
        #expect(!Self.report.summary.contains { ReportBuilder.leansOnEarlierSentence($0.statement.text) })
        #expect(!Self.report.summary.contains { $0.statement.text.hasPrefix("And he defended") })
        #expect(ReportBuilder.leansOnEarlierSentence("And he defended the move."))
        #expect(ReportBuilder.leansOnEarlierSentence("However, the vote was close."))
        #expect(!ReportBuilder.leansOnEarlierSentence("\"It's almost as though …,\" Gates said."))
        #expect(!ReportBuilder.leansOnEarlierSentence("Andrew Smith resigned."))
    }

    @Test func aSentenceIsTaggedOnlyWithOutletsWhoseFiguresAgree() throws {
        let story = " The robbers escaped in a van toward the border, the police in Brussels said on Tuesday."
        let articles = [
            FigureConflictTests.article("a", "first.example", "Thieves stole 2 million euros from the central bank vault in Brussels." + story),
            FigureConflictTests.article("b", "second.example", "Thieves stole an estimated two million euros from the central bank vault in Brussels." + story),
            FigureConflictTests.article("c", "third.example", "Thieves stole 3.5m euros from the central bank vault in Brussels." + story),
        ]
        let report = Comparison().compare(articles)
        // The three statements are one fact; the figures of one of them contradict the others'.
        let theft = try #require(report.sharedFacts.first { $0.statements.first?.text.hasPrefix("Thieves stole") == true })
        #expect(Set(theft.outlets) == ["first.example", "second.example", "third.example"])
        let sentence = try #require(report.summary.first { $0.statement.text.hasPrefix("Thieves stole") })
        let says3_5 = sentence.statement.text.contains("3.5m")
        #expect(Set(sentence.outlets) == (says3_5 ? ["third.example"] : ["first.example", "second.example"]))
        // The sentence that needs no figure keeps every outlet.
        let escape = try #require(report.summary.first { $0.statement.text.hasPrefix("The robbers escaped") })
        #expect(escape.outlets.count == 3)
    }

    @Test func aStatementLeavesTheDatelineToItsArticleAndItsOffsetsPointAtIt() throws {
        let articles = SeedReportTests.read([SeedReportTests.fixtures + "/seeds"])
        let statements = Self.report.summary.map(\.statement) + Self.report.sharedFacts.flatMap(\.statements)
            + Self.report.uniqueFacts.flatMap(\.facts)
        #expect(statements.contains { $0.text.hasPrefix("Russia‘s defense minister on Tuesday called") })
        for statement in statements {
            #expect(!statement.text.hasPrefix("MOSCOW (AP)"))
            let article = try #require(articles.first { $0.id == statement.article })
            let scalars = Array(article.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[statement.start..<statement.end])) == statement.text)
        }
    }
}
