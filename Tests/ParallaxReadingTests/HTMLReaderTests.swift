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
        #expect(HTMLCharsetSniffer.charset(of: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8))
            == .utf8RepairedAsWindows1252)
        // A page that claims UTF-8 but is not is read as Windows-1252 rather than as replacement characters.
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=utf-8><p>".utf8) + [0x93, 0x41, 0x94])
            == .utf8RepairedAsWindows1252)
        // A page that claims Latin-1 or another legacy charset but is valid UTF-8 with non-ASCII text is UTF-8.
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=iso-8859-1><p>Zürich</p>".utf8)) == .utf8)
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=koi8-r><p>Москва</p>".utf8)) == .utf8)
        // Real Latin-1 (é is 0xE9 then an ASCII byte) is never valid UTF-8, so its declaration stands.
        #expect(HTMLCharsetSniffer.charset(of: Array("<meta charset=iso-8859-1><p>caf".utf8) + [0xE9, 0x20])
            == .windows1252)
    }

    private static func story(_ head: String, _ bodyBytes: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + bodyBytes
            + Array(", and the rest of a sentence long enough to be the story of the page, with commas, clauses.</p></article></body></html>".utf8)
    }

    @Test func aPageDeclaringUTF8ThatIsWindows1252IsReadByItsBytes() throws {
        // "Le café “Noël” coûte 3 €" in Windows-1252 bytes, under a UTF-8 declaration.
        let bytes = Array("Le caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("No".utf8) + [0xEB, 0x6C, 0x94]
            + Array(" co".utf8) + [0xFB] + Array("te 3 ".utf8) + [0x80]
        for head in ["<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">", ""] {
            let article = try HTMLReader().article(from: Self.story(head, bytes), id: "cp1252", source: "cp1252.html")
            #expect(article.text.hasPrefix("Le café “Noël” coûte 3 €, and the rest"), "head: \(head)")
        }
    }

    @Test func aCharsetDeclaredAfterKilobytesOfScriptIsHonoured() throws {
        let script = "<script>var config = {" + String(repeating: "\"key\": \"value\", ", count: 400) + "};</script>"
        let head = script + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        // "Москва, " in Windows-1251 bytes.
        let bytes: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0, 0x2C, 0x20] + Array("the capital".utf8)
        let article = try HTMLReader().article(from: Self.story(head, bytes), id: "late", source: "late.html")
        #expect(article.text.hasPrefix("Москва, the capital, and the rest"))
    }

    @Test func aPageLabelledGB2312IsReadAsItsSupersetGBK() throws {
        // "中文" in GB2312, then "丂" (0x81 0x40), a GBK character outside GB2312, then "文字".
        let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0x81, 0x40, 0xCE, 0xC4, 0xD7, 0xD6]
        let article = try HTMLReader().article(from: Self.story("<meta charset=\"gb2312\">", bytes), id: "gbk", source: "gbk.html")
        #expect(article.text.hasPrefix("中文丂文字, and the rest"))
    }

    @Test func aBadByteInALegacyCharsetCostsOneCharacterNotTheRestOfThePage() throws {
        // "日本" in Shift_JIS, then 0xFF (undefined in CP932), then "語": the text after the bad byte must survive.
        let bytes: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0xFF, 0x8C, 0xEA]
        let article = try HTMLReader().article(from: Self.story("<meta charset=\"shift_jis\">", bytes), id: "sjis", source: "sjis.html")
        #expect(article.text.hasPrefix("日本"))
        #expect(article.text.contains("語, and the rest"))
    }

    @Test func aPageMixingUTF8AndWindows1252KeepsBoth() throws {
        // A UTF-8 template around one Windows-1252 word: "naïve" stays, "déjà" (E9, E0) is repaired.
        let bytes = Array("A naïve idea, ".utf8) + Array("d".utf8) + [0xE9, 0x6A, 0xE0] + Array(" vu in Zürich".utf8)
        let article = try HTMLReader().article(from: Self.story("<meta charset=\"utf-8\">", bytes), id: "mixed", source: "mixed.html")
        #expect(article.text.hasPrefix("A naïve idea, déjà vu in Zürich, and the rest"))
    }

    @Test func aPageDeclaringLatin1ThatIsUTF8IsReadAsUTF8() throws {
        let bytes = Array("Die Straße in Zürich kostet 5 € und ist „neu“".utf8)
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        let article = try HTMLReader().article(from: Self.story(head, bytes), id: "latin", source: "latin.html")
        #expect(article.text.hasPrefix("Die Straße in Zürich kostet 5 € und ist „neu“, and the rest"))
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
