import Testing
@testable import ParallaxReading

@Suite("Plain text reader")
struct PlainTextReaderTests {
    let reader = PlainTextReader()

    @Test func readsAReutersStyleReportWithBylineAndCredit() throws {
        let text = """
            Share this article
            Quake shakes central Chile, no damage reported
            By Maria Lopez
            Mon Mar 21, 2011

            SANTIAGO, March 21 (Reuters) - A magnitude 6.1 earthquake struck central Chile on Monday, \
            the U.S. Geological Survey said.

            There were no immediate reports of damage or injuries.
            Advertisement
            The quake was centred 40 km (25 miles) west of the capital.

            (c) Reuters 2011. All rights reserved.
            Tweet
            """
        let article = try #require(reader.article(from: text, id: "chile"))
        #expect(article.title == "Quake shakes central Chile, no damage reported")
        #expect(article.byline == "Maria Lopez")
        #expect(article.date == CalendarDay(year: 2011, month: 3, day: 21))
        #expect(article.dateline == "SANTIAGO")
        #expect(article.agency == "Reuters")
        #expect(article.text == """
            SANTIAGO, March 21 (Reuters) - A magnitude 6.1 earthquake struck central Chile on Monday, the U.S. \
            Geological Survey said.

            There were no immediate reports of damage or injuries. The quake was centred 40 km (25 miles) west of \
            the capital.
            """)
    }

    @Test func linesWithoutBlankLinesAreParagraphs() throws {
        let text = "Headline here\nFirst paragraph of the story, which is long enough.\nSecond paragraph ends here."
        let article = try #require(reader.article(from: text, id: "x"))
        #expect(article.title == "Headline here")
        #expect(article.text == "First paragraph of the story, which is long enough.\n\nSecond paragraph ends here.")
    }

    @Test func aTextThatIsOnlyFurnitureHasNoArticle() {
        #expect(reader.article(from: "Click to Read More\n\nComments 0 comments\n", id: "x") == nil)
    }

    @Test func sentenceOpeningWordsAreNotTakenForDatelines() {
        #expect(Dateline(openingParagraph: "But the opposition — divided as ever — could not agree.") == nil)
        #expect(Dateline(openingParagraph: "WASHINGTON, D.C. — Lawmakers met.")?.place == "WASHINGTON")
        let paris = Dateline(openingParagraph: "PARIS, 25 mars (AFP) - Le président")
        #expect(paris?.place == "PARIS")
        #expect(paris?.agency == "AFP")
    }

    @Test(arguments: [
        ("25th March 2011, Comments 0 comments", "2011-03-25"),
        ("- Associated Press - Tuesday, March 22, 2011", "2011-03-22"),
        ("Published: Mar. 5, 2019 10:00 GMT", "2019-03-05"),
        ("Tue, 22 Mar 2011 10:00:00 +0000", "2011-03-22"),
        ("updated 2011-03-22T10:00:00Z", "2011-03-22"),
    ])
    func findsDates(line: String, expected: String) {
        #expect(DateFinder.firstDate(in: line)?.description == expected)
    }

    @Test func refusesImpossibleAndAmbiguousDates() {
        #expect(DateFinder.firstDate(in: "February 30, 2011") == nil)
        #expect(DateFinder.firstDate(in: "03/04/2011") == nil)
        #expect(CalendarDay(year: 2012, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2011, month: 2, day: 29) == nil)
    }
}
