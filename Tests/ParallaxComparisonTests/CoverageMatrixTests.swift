import Foundation
import Testing
@testable import ParallaxComparison

@Suite("Coverage matrix: the main facts × the outlets")
struct CoverageMatrixTests {
    static func fact(_ outlets: [String]) -> CoverageReport.Fact {
        CoverageReport.Fact(statements: outlets.map { CoverageReport.Statement(outlet: $0, article: $0, text: "\($0) says so.", start: 0, end: 11) },
                            outlets: outlets)
    }

    @Test func rowsSayWhoCarriesEachFactAndWhoLeavesItOut() {
        let coverage = CoverageReport.Coverage(outlets: ["A", "B", "C", "D"],
                                               sharedFacts: [Self.fact(["A", "B", "C"]), Self.fact(["A", "B"]), Self.fact(["B", "C"])])
        #expect(coverage.facts.map(\.carried) == [[true, true, true, false], [true, true, false, false], [false, true, true, false]])
        #expect(coverage.leftOut(by: 0) == [2])
        #expect(coverage.leftOut(by: 1) == [])
        #expect(coverage.leftOut(by: 3) == [0, 1, 2])
    }

    @Test func onlyTheMainFactsAreRows() {
        let many = (0..<20).map { _ in Self.fact(["A", "B"]) }
        #expect(CoverageReport.Coverage(outlets: ["A", "B"], sharedFacts: many).facts.count == CoverageReport.Coverage.mainFacts)
    }

    @Test func theSeedsReportCarriesTheMatrixInJSONAndText() throws {
        let report = Comparison().compare(SeedReportTests.read([SeedReportTests.fixtures + "/seeds"]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.renderJSON().utf8)) as? [String: Any])
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["outlets"] as? [String] == ["AFP", "AP"])
        let facts = try #require(coverage["facts"] as? [[String: Any]])
        #expect(facts.count == report.sharedFacts.count)
        // Both seeds state every shared fact, so neither leaves one out.
        #expect(facts.allSatisfy { ($0["carried_by"] as? [String]) == ["AFP", "AP"] && ($0["left_out_by"] as? [String]) == [] })
        #expect(report.renderText().contains("── Coverage of the main facts"))
        #expect(report.renderText().contains("■■  2/2"))
    }
}
