import Testing
import ParallaxReading
@testable import ParallaxAnalysis

@Suite("Timex tagger")
struct TimexTaggerTests {
    /// Each expression as "text|TYPE|value".
    func tag(_ text: String, on date: CalendarDay? = CalendarDay(year: 2011, month: 3, day: 25)) -> [String] {
        TimexTagger(reference: date).timexes(in: text).map { "\($0.text)|\($0.type.rawValue)|\($0.value)" }
    }

    @Test func weekdaysFollowTheTenseOfTheirClause() {
        // 25 March 2011 was a Friday.
        #expect(tag("The ministers will meet on Wednesday.") == ["Wednesday|DATE|2011-03-30"])
        #expect(tag("The ministers met on Wednesday.") == ["Wednesday|DATE|2011-03-23"])
        #expect(tag("On Wednesday, the ministers are to meet in Paris.") == ["Wednesday|DATE|2011-03-30"])
        #expect(tag("The trial is to be held on Monday, he said.") == ["Monday|DATE|2011-03-28"])
        #expect(tag("Talks resumed last Monday and end next Friday.") == [
            "last Monday|DATE|2011-03-21", "next Friday|DATE|2011-04-01",
        ])
    }

    @Test func aMonthAndDayWithoutAYearIsTheNearestOrTheOneTheTenseWants() {
        let november = CalendarDay(year: 2011, month: 11, day: 20)
        #expect(tag("The vote is scheduled for March 3.", on: november) == ["March 3|DATE|2012-03-03"])
        #expect(tag("The vote took place on March 3.", on: november) == ["March 3|DATE|2011-03-03"])
        #expect(tag("Prices on December 2 and on 15 November.", on: november) == [
            "December 2|DATE|2011-12-02", "15 November|DATE|2011-11-15",
        ])
        #expect(tag("The fair opens in January.", on: november) == ["January|DATE|2012-01"])
    }

    @Test func normalisesCalendarAndRelativeDates() {
        #expect(tag("On March 17, 2011, today, yesterday and tomorrow.") == [
            "March 17, 2011|DATE|2011-03-17", "today|DATE|2011-03-25", "yesterday|DATE|2011-03-24",
            "tomorrow|DATE|2011-03-26",
        ])
        #expect(tag("Sales fell last week, rose last month and will rise next year.") == [
            "last week|DATE|2011-W11", "last month|DATE|2011-02", "next year|DATE|2012",
        ])
        #expect(tag("Profit rose in the fourth quarter and in fiscal 2010, and in the 1990s, since 1987.") == [
            "the fourth quarter|DATE|2010-Q4", "fiscal 2010|DATE|FY2010", "the 1990s|DATE|199", "1987|DATE|1987",
        ])
        #expect(tag("It happened two weeks ago, now as then, and recently.") == [
            "two weeks ago|DATE|2011-W10", "now|DATE|PRESENT_REF", "recently|DATE|PAST_REF",
        ])
    }

    @Test func findsDurationsSetsAndTimes() {
        #expect(tag("It fell over the past nine days, after a fifty-year run and two and a half years of growth.") == [
            "the past nine days|DURATION|P9D", "fifty-year|DURATION|P50Y", "two and a half years|DURATION|P2.5Y",
        ])
        #expect(tag("They meet every week, twice a month, and report annually.") == [
            "every week|SET|P1W", "twice a month|SET|P1M", "annually|SET|P1Y",
        ])
        #expect(tag("The plane landed on Tuesday at 18:00 UTC, and again at 6:40 p.m. on Friday morning.") == [
            "Tuesday|DATE|2011-03-22", "18:00 UTC|TIME|2011-03-22T18:00Z", "6:40 p.m.|TIME|2011-03-22T18:40",
            "Friday morning|TIME|2011-03-25TMO",
        ])
    }

    @Test func leavesNamesAndFiguresAlone() {
        #expect(tag("The Russell 2000 fell 2,000 points; Black Monday is remembered. Prices may march on.").isEmpty)
    }

    @Test func withoutAPublicationDateUnknownPartsStayX() {
        #expect(tag("He arrives on April 13 and left on Tuesday; sales fell in 2009.", on: nil) == [
            "April 13|DATE|XXXX-04-13", "Tuesday|DATE|XXXX-WXX-2", "2009|DATE|2009",
        ])
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" and the emoji are one scalar each but two and four UTF-8 bytes.
        let text = "Café 🚀 — on 3 May 2010."
        let timexes = TimexTagger(reference: nil).timexes(in: text)
        #expect(timexes.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[timexes[0].start..<timexes[0].end])) == "3 May 2010")
        #expect(timexes[0].start == 12)
    }
}
