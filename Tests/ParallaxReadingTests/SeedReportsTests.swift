import Testing
@testable import ParallaxReading

/// The two real reports that define the job (`../shared/seeds/`, copied into Fixtures/seeds).
@Suite("The seed reports")
struct SeedReportsTests {
    let afp: Article
    let ap: Article

    init() throws {
        let articles = Fixture.articles([Fixture.path("seeds")])
        try #require(articles.count == 2)
        afp = articles[0]
        ap = articles[1]
    }

    @Test func identifiersComeFromFileNames() {
        #expect(afp.id == "000_7800a2805b90ebf6")
        #expect(ap.id == "001_71e3aa6deb07e942")
    }

    @Test func afpReport() {
        #expect(afp.title == "Medvedev tells Obama avoid civilian casualties in Libya")
        #expect(afp.date == CalendarDay(year: 2011, month: 3, day: 25))
        #expect(afp.agency == "AFP")
        #expect(afp.dateline == nil)
        #expect(afp.language == "en")
        #expect(afp.text.hasPrefix("Russian President Dmitry Medvedev has urged US counterpart Barack Obama"))
        #expect(afp.text.hasSuffix("\"A territorial split and a repetition of the Iraq scenario are possible.\""))
        #expect(afp.text.components(separatedBy: "\n\n").count == 21)
    }

    @Test func apReport() {
        // The AP copy has no headline line: its title is the lead sentence up to its first clause.
        #expect(ap.title == "Russia‘s defense minister on Tuesday called for an immediate cease-fire in Libya")
        #expect(ap.date == CalendarDay(year: 2011, month: 3, day: 22))
        #expect(ap.agency == "AP")
        #expect(ap.dateline == "MOSCOW")
        #expect(ap.language == "en")
        #expect(ap.text.hasPrefix("MOSCOW (AP) — Russia‘s defense minister on Tuesday called for an immediate cease-fire"))
        #expect(ap.text.hasSuffix("unless the alliance is put in charge."))
        #expect(ap.text.components(separatedBy: "\n\n").count == 17)
    }

    @Test(arguments: ["Comments 0 comments", "0 Comments To This Article", "Click to Read More", "Click to Hide",
                      "© 2011 AFP", "Associated Press - Tuesday", "25th March 2011"])
    func furnitureIsGone(line: String) {
        #expect(!afp.text.contains(line))
        #expect(!ap.text.contains(line))
    }

    @Test func paragraphsAreKeptAndWhiteSpaceCollapsed() {
        #expect(ap.text.contains("his meeting with Mr. Serdyukov at the Defense Ministry."))
        #expect(!ap.text.contains("  "))
        #expect(afp.text.contains("by the United Nations.\n\nObama thanked Medvedev"))
    }

    @Test func jsonLineCarriesTheExtractedFields() {
        let line = ap.jsonLine
        #expect(line.hasPrefix(#"{"id":"001_71e3aa6deb07e942","title":"Russia‘s defense minister"#))
        #expect(line.contains(#""date":"2011-03-22","url":null,"outlet":null,"lang":"en","agency":"AP","dateline":"MOSCOW","byline":null}"#))
    }
}
