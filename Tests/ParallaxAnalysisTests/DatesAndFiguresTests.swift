import Testing
import ParallaxReading
@testable import ParallaxAnalysis

@Suite("Dates and figures")
struct DatesAndFiguresTests {
    func analyze(_ text: String, date: CalendarDay? = CalendarDay(year: 2011, month: 3, day: 25)) -> AnalyzedArticle {
        Analyzer().analyze(Article(id: "t", text: text, date: date, language: "en"))
    }

    @Test func resolvesRelativeAndAbsoluteDates() {
        // 25 March 2011 was a Friday.
        let dates = analyze("""
            On Thursday the talks began; last Friday they had stalled, and next Monday they resume. \
            Yesterday and today. The vote on March 17, 2011 and the 22nd March meeting; in December; in 2009. \
            Two weeks ago, last month, this year.
            """).dates
        let resolved = dates.map { "\($0.text)=\($0.date?.description ?? "nil")/\($0.granularity.rawValue)" }
        #expect(resolved == [
            "Thursday=2011-03-24/day", "last Friday=2011-03-18/day", "next Monday=2011-03-28/day",
            "Yesterday=2011-03-24/day", "today=2011-03-25/day", "March 17, 2011=2011-03-17/day",
            "22nd March=2011-03-22/day", "December=2010-12-01/month", "2009=2009-01-01/year",
            "Two weeks ago=2011-03-11/week", "last month=2011-02-01/month", "this year=2011-01-01/year",
        ])
    }

    @Test func futureReferencesResolveForward() {
        // 25 March 2011 was a Friday; a November report of a March date scheduled ahead means next March.
        let dates = analyze("The leaders will meet on Wednesday. They met on Wednesday too.").dates
        #expect(dates.map { $0.date?.description ?? "nil" } == ["2011-03-30", "2011-03-23"])
        let november = analyze("The vote is scheduled for March 3.", date: CalendarDay(year: 2011, month: 11, day: 20)).dates
        #expect(november.map { $0.date?.description ?? "nil" } == ["2012-03-03"])
    }

    @Test func relativeDatesWithoutAPublicationDateStayUnresolved() {
        let dates = analyze("They met on Tuesday, March 22.", date: nil).dates
        #expect(dates.map(\.text) == ["Tuesday", "March 22"])
        #expect(dates.allSatisfy { $0.date == nil })
    }

    @Test func readsFiguresWithUnitsQualifiersAndWhatTheyCount() {
        let figures = analyze("""
            At least 100 civilians were killed. The ships fired 162 Tomahawk missiles, costing $160 million. \
            Prices rose 3.5 percent and 20% on the third day; some 1,200 troops and two battalions remain. \
            Resolution 1973 passed in 2011 at 10:30.
            """).figures
        let summary = figures.map { figure in
            [figure.qualifier ?? "-", String(figure.value), figure.unit ?? "-", figure.counted ?? "-",
             figure.isOrdinal ? "ordinal" : "count"].joined(separator: "|")
        }
        #expect(summary == [
            "at least|100.0|-|civilians|count", "-|162.0|-|Tomahawk missiles|count", "-|160000000.0|USD|-|count",
            "-|3.5|percent|-|count", "-|20.0|percent|-|count", "-|3.0|-|day|ordinal", "some|1200.0|-|troops|count",
            "-|2.0|-|battalions|count",
        ])
    }
}
