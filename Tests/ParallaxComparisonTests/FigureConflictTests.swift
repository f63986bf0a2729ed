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

    /// The counted noun left out, or written once for two numbers: what the number is about comes from the words
    /// around it, the same in both statements of the fact.
    @Test(arguments: [
        ("Of the 121 people detained in the raids, 77 have been deported, an ICE spokeswoman said.",
         "Of the 121 people detained in the raids, fifty-three have been deported, an ICE spokeswoman said.", "77", "fifty-three"),
        ("The speech was vetted by 15 to 20 people before the first lady ever saw it, aides said.",
         "The speech was vetted by ten to twenty people before the first lady ever saw it, aides said.", "15", "ten"),
        ("Wallnau was among the 30 or so pastors who met with and prayed over Trump in New York.",
         "Wallnau was among the twenty or so pastors who met with and prayed over Trump in New York.", "30 or so pastors", "twenty or so pastors"),
        ("Hannity speaks to an audience of 2.5 million who are inclined to believe the allegations.",
         "Hannity speaks to an audience of 4,300,000 who are inclined to believe the allegations.", "2.5 million", "4,300,000"),
    ])
    func theQuantityOfABareNumberComesFromTheWordsAroundIt(first: String, second: String, old: String, new: String) throws {
        let conflicts = figureConflicts(first + Self.story, second + Self.story)
        let conflict = try #require(conflicts.first, "\(old) → \(new)")
        #expect(conflicts.count == 1)
        #expect(conflict.values.map(\.value) == [old, new])
    }

    @Test func anApproximationWrittenAfterTheNumberAgreesWithinItsRange() {
        #expect(figureConflicts("Wallnau was among the 30 or so pastors who met with and prayed over Trump in New York." + Self.story,
                                "Wallnau was among the 32 pastors who met with and prayed over Trump in New York." + Self.story).isEmpty)
        #expect(figureConflicts("The speech was vetted by 15 to 20 people before the first lady ever saw it, aides said." + Self.story,
                                "The speech was vetted by fifteen to twenty people before the first lady ever saw it, aides said." + Self.story).isEmpty)
    }
}
