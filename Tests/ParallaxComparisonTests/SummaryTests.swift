import Testing
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
}
