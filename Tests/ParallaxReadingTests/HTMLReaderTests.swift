import Foundation
import Testing
@testable import ParallaxReading

@Suite("HTML reader")
struct HTMLReaderTests {
    @Test func readsAWindows1252PageWithMetadataAndWithoutFurniture() throws {
        let article = try #require(Fixture.articles([Fixture.path("html/quotidien-windows-1252.html")]).first)
        #expect(article.id == "quotidien-windows-1252")
        #expect(article.title == "Moscou critique la campagne libyenne")
        #expect(article.date == CalendarDay(year: 2011, month: 3, day: 25))
        #expect(article.time == "09:12:00+01:00")
        #expect(article.byline == "Claire Dupont")
        #expect(article.url == "https://www.example-quotidien.fr/monde/2011/03/25/moscou-libye")
        #expect(article.outlet == "www.example-quotidien.fr")
        #expect(article.language == "fr")
        #expect(article.dateline == "MOSCOU")
        #expect(article.agency == "AFP")
        // Windows-1252 bytes decoded: guillemets, accents.
        #expect(article.text.contains("« La Russie a surtout souligné la nécessité d'éviter les victimes"))
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4)
        for furniture in ["Accueil", "Légende", "Publicité", "À lire aussi", "Partager", "commentaires", "lecteur",
                          "droits réservés", "ignore me", "color:red", "Par Claire"] {
            #expect(!article.text.contains(furniture), "\(furniture) should not be in the body")
        }
    }

    @Test func readsAGzippedNewsPage() throws {
        let article = try #require(Fixture.articles([Fixture.path("html/latimes-disney.html.gz")]).first)
        #expect(article.title == "'We had some issues,' exec says on Disney+ glitches")
        #expect(article.date == CalendarDay(year: 2019, month: 11, day: 20))
        #expect(article.url == "https://www.latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer")
        #expect(article.outlet == "www.latimes.com")
        #expect(article.language == "en")
        #expect(article.text.hasPrefix("Walt Disney Co. executive Kevin Mayer said overwhelming demand"))
    }

    @Test func charsetComesFromTheMarkTheMetaTagOrTheBytes() {
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=\"utf-8\"><p>é</p>".utf8)) == .utf8)
        #expect(HTMLCharsetSniffer.charset(of: [0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)) == .utf8)
        #expect(HTMLCharsetSniffer.charset(of: Array("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; CHARSET=ISO-8859-1'>".utf8))
            == .windows1252)
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=koi8-r>".utf8)) == .other("koi8-r"))
        // Undeclared: valid UTF-8 stays UTF-8, anything else is taken as Windows-1252.
        #expect(HTMLCharsetSniffer.charset(of: Array("<p>café</p>".utf8)) == .utf8)
        #expect(HTMLCharsetSniffer.charset(of: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)) == .windows1252)
        // A page that claims UTF-8 but is not is read as Windows-1252 rather than as replacement characters.
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=utf-8><p>".utf8) + [0x93, 0x41, 0x94]) == .windows1252)
    }

    @Test func brokenMarkupStillGivesItsText() throws {
        let html = "<html><body><div><p>Unclosed paragraph with a <b>bold start and enough text to count as prose, surely."
            + "<p>Second paragraph, also unclosed, with commas, clauses, and more words.</div></span></td></body>"
        let article = try HTMLReader().article(from: Array(html.utf8), id: "broken", source: "broken.html")
        #expect(article.text.contains("Unclosed paragraph with a bold start"))
        #expect(article.text.contains("Second paragraph, also unclosed"))
    }

    @Test func aPageWithoutTextIsAnError() {
        #expect(throws: ReadingError(source: "empty.html", reason: .noText)) {
            try HTMLReader().article(from: Array("<html><body><nav>Home</nav></body></html>".utf8), id: "e", source: "empty.html")
        }
    }
}

@Suite("Publication time of day")
struct PublicationTimeTests {
    @Test func theTimeComesWithTheDateWhenThePageGivesOne() {
        #expect(HTMLMetadata.timeOfDay("2011-03-22T14:05:00Z") == "14:05:00Z")
        #expect(HTMLMetadata.timeOfDay("2019-11-19T08:30:00-05:00") == "08:30:00-05:00")
        #expect(HTMLMetadata.timeOfDay("2019-11-19 08:30") == "08:30")
        #expect(HTMLMetadata.timeOfDay("2011-03-22") == nil)
        #expect(HTMLMetadata.timeOfDay("2011-03-22Tnoon") == nil)
        #expect(HTMLMetadata.timeOfDay("March 22, 2011") == nil)
    }
}
