import Testing
import ParallaxReading
@testable import ParallaxComparison

/// Figure conflicts by the written rule (CoverageReport+Conflicts.swift), on short hand-written articles.
@Suite("Figure conflicts")
struct FigureConflictTests {
    static func article(_ id: String, _ outlet: String, _ text: String) -> Article {
        Article(id: id, text: text, date: CalendarDay(year: 2011, month: 3, day: 22), outlet: outlet, language: "en")
    }

    func figureConflicts(_ first: String, _ second: String, sameOutlet: Bool = false) -> [CoverageReport.Conflict] {
        let articles = [
            Self.article("a", "first.example", first),
            Self.article("b", sameOutlet ? "first.example" : "second.example", second),
        ]
        return Comparison().compare(articles).conflicts.filter { $0.kind == .figure }
    }

    static let story = " The robbers escaped in a van toward the border, the police in Brussels said on Tuesday."

    @Test func theSameAmountInOtherFormsIsNoConflict() {
        let forms = ["2 million euros", "2m euros", "an estimated two million euros", "€2,000,000"]
        for form in forms.dropFirst() {
            let conflicts = figureConflicts("Thieves stole \(forms[0]) from the central bank vault in Brussels." + Self.story,
                                            "Thieves stole \(form) from the central bank vault in Brussels." + Self.story)
            #expect(conflicts.isEmpty, "\(form): \(conflicts.map { $0.values.map(\.value) })")
        }
    }

    @Test func differentAmountsConflictNamingOutletsAndQuotingThem() throws {
        let conflicts = figureConflicts("Thieves stole 2 million euros from the central bank vault in Brussels." + Self.story,
                                        "Thieves stole 3.5m euros from the central bank vault in Brussels." + Self.story)
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1)
        #expect(conflict.about == "amount in euros")
        #expect(conflict.values.map(\.outlet) == ["first.example", "second.example"])
        #expect(conflict.values.map(\.value) == ["2 million euros", "3.5m euros"])
        #expect(conflict.values[1].statement.text.hasPrefix("Thieves stole 3.5m euros"))
    }

    @Test func theHeadingIsTheCountedThingAsWritten() throws {
        let conflicts = figureConflicts("At least 120 Libyan civilians were killed in the coalition air strikes on Tripoli." + Self.story,
                                        "Some 45 Libyan civilians were killed in the coalition air strikes on Tripoli." + Self.story)
        #expect(conflicts.first?.about == "Libyan civilians")
    }

    @Test func roundingIsNoConflict() {
        #expect(figureConflicts("About 2 million people fled the fighting in the eastern provinces this week." + Self.story,
                                "Some 2.1 million people fled the fighting in the eastern provinces this week." + Self.story).isEmpty)
        #expect(figureConflicts("More than 100 people fled the fighting in the eastern provinces this week." + Self.story,
                                "As many as 130 people fled the fighting in the eastern provinces this week." + Self.story).isEmpty)
    }

    @Test func bothValuesInBothOutletsIsNoConflict() {
        #expect(figureConflicts("The poll gave Obama 46 percent and Romney 41 percent among likely voters in Ohio." + Self.story,
                                "Romney had 41 percent and Obama 46 percent among likely voters in Ohio, the poll found." + Self.story).isEmpty)
    }

    @Test func oneOutletIsNeverInConflictWithItself() {
        #expect(figureConflicts("Thieves stole 2 million euros from the central bank vault in Brussels." + Self.story,
                                "Thieves stole 3.5m euros from the central bank vault in Brussels." + Self.story, sameOutlet: true).isEmpty)
    }

    @Test func modelNumbersAreNoConflict() {
        #expect(figureConflicts("Soldiers seized 40 rifles, mostly AK-47 models, at the northern checkpoint near Kandahar." + Self.story,
                                "Soldiers seized 40 rifles, mostly AK-74 models, at the northern checkpoint near Kandahar." + Self.story).isEmpty)
    }
}
