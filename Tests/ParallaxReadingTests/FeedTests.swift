import Foundation
import Testing
@testable import ParallaxReading

@Suite struct FeedTests {
    func feed(_ name: String, url: String? = nil) throws -> Feed {
        let path = Fixture.path("feeds/" + name)
        return try FeedReader().read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), source: path, url: url)
    }

    func utc(_ text: String) -> Date { FeedDate.iso8601(text)! }

    @Test func rssGivesEntriesWithResolvedLinksUTCDatesAndPlainTitles() throws {
        let feed = try feed("rss2.xml")
        #expect(feed.kind == .rss)
        #expect(feed.title == "World News & Analysis")
        #expect(feed.language == "en-gb")
        #expect(feed.timeToLive == 900)
        #expect(feed.entries.count == 3)
        let first = feed.entries[0]
        #expect(first.title == "Gates meets Serdyukov in Moscow — ceasefire urged")
        #expect(first.link == "https://news.example.com/world/2011/03/22/gates-moscow?utm_source=rss")
        #expect(first.id == "tag:news.example.com,2011:1234")
        #expect(first.published == utc("2011-03-22T19:05:00Z"))
        #expect(first.author == "Jane Roe")
        #expect(first.summary == "Russia's defence minister called for a ceasefire in Libya.")
        #expect(first.content?.contains("AT&T") == true)
        // A guid that is a permalink is the link; Dublin Core dates with an offset.
        #expect(feed.entries[1].link == "https://news.example.com/world/medvedev-putin")
        #expect(feed.entries[1].published == utc("2011-03-21T15:30:00Z"))
        #expect(feed.entries[1].summary == "Two leaders, two views & one resolution")
        // An unclosed title does not swallow the link.
        #expect(feed.entries[2].title == "An item with no date, whose link is unclosed")
        #expect(feed.entries[2].link == "https://news.example.com/world/third")
    }

    @Test func atomResolvesAgainstXMLBaseAndStripsHTMLTitles() throws {
        let feed = try feed("atom.xml")
        #expect(feed.kind == .atom)
        #expect(feed.title == "Le Monde en bref")
        #expect(feed.link == "https://exemple.fr/actu/")
        #expect(feed.language == "fr")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "https://exemple.fr/actu/2011/03/25/kadhafi")
        #expect(entry.published == utc("2011-03-25T08:30:00Z"))
        #expect(entry.updated == utc("2011-03-25T10:00:00Z"))
        #expect(entry.author == "Rédaction")
    }

    @Test func sitemapsJSONFeedsAndOPML() throws {
        let news = try feed("sitemap-news.xml")
        #expect(news.kind == .sitemap)
        #expect(news.entries.map(\.link) == ["https://news.example.com/2011/03/22/libya", "https://news.example.com/about"])
        #expect(news.entries[0].title == "Libya: the first strikes")
        #expect(news.entries[0].published == utc("2011-03-22T08:00:00Z"))
        #expect(news.entries[0].language == "en")

        let json = try feed("feed.json")
        #expect(json.kind == .jsonFeed)
        #expect(json.entries.map(\.link) == ["https://json.example.org/posts/1", "https://elsewhere.example.net/x"])
        #expect(json.entries.map(\.id) == ["1", "2"])
        #expect(json.entries[0].published == utc("2011-03-22T19:05:00Z"))
        #expect(json.entries[1].author == "Desk")

        let opml = try feed("subscriptions.opml")
        #expect(opml.kind == .opml)
        #expect(opml.entries.map(\.link) == ["https://news.example.com/world/rss.xml", "https://exemple.fr/actu/feed.atom"])
    }

    @Test func aMislabelledEncodingIsReadAsWhatItIs() throws {
        let feed = try feed("mislabelled.xml")
        #expect(feed.title == "Café news")
        #expect(feed.entries.first?.title == "Crème brûlée – a report")
        #expect(feed.entries.first?.published == utc("2011-03-05T08:00:00Z"))
    }

    /// An RSS feed whose XML declaration names `encoding`, with `title` and the first item's title in those bytes.
    func declaredFeed(encoding: String, title: [UInt8], itemTitle: [UInt8]) -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\"><channel><title>".utf8) + title
            + Array("</title><link>https://example.ru/</link><item><title>".utf8) + itemTitle
            + Array("</title><link>https://example.ru/a</link></item></channel></rss>".utf8)
    }

    @Test func charsetsParallaxDoesNotDecodeItselfAreReadThroughIconv() throws {
        // "Новости Москвы" and "Выборы: итоги" in KOI8-R; read as Windows-1252 they come out as Latin letters.
        let koi8 = declaredFeed(
            encoding: "koi8-r",
            title: [0xEE, 0xCF, 0xD7, 0xCF, 0xD3, 0xD4, 0xC9, 0x20, 0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xD9],
            itemTitle: [0xF7, 0xD9, 0xC2, 0xCF, 0xD2, 0xD9, 0x3A, 0x20, 0xC9, 0xD4, 0xCF, 0xC7, 0xC9])
        let russian = try FeedReader().read(koi8, source: "koi8.xml")
        #expect(russian.title == "Новости Москвы")
        #expect(russian.entries.first?.title == "Выборы: итоги")
        // "新闻摘要" in GB2312, and "镕" (0xE9 0x46), a GBK character outside GB2312 that such feeds hold.
        let gb = declaredFeed(
            encoding: "GB2312", title: [0xD0, 0xC2, 0xCE, 0xC5, 0xD5, 0xAA, 0xD2, 0xAA], itemTitle: [0xE9, 0x46])
        let chinese = try FeedReader().read(gb, source: "gb.xml")
        #expect(chinese.title == "新闻摘要")
        #expect(chinese.entries.first?.title == "镕")
    }

    @Test func feedDatesInTheFormsFeedsUse() {
        let expected = utc("2011-03-22T14:05:00Z")
        for text in ["Tue, 22 Mar 2011 14:05:00 GMT", "Tue, 22 Mar 2011 14:05:00 +0000", "22 Mar 2011 14:05 UT",
                     "Tue, 22 Mar 11 14:05:00 Z", "Tue, 22 March 2011 09:05:00 EST", "Tue, 22 Mar 2011 15:05:00 +0100",
                     "Tue Mar 22 2011 14:05:00 GMT", "2011-03-22T14:05:00Z", "2011-03-22T14:05Z", "2011-03-22T16:05:00+02:00",
                     "2011-03-22 14:05:00", "2011-03-22T09:05:00-0500"]
        {
            #expect(FeedDate.parse(text) == expected, "\(text)")
        }
        #expect(FeedDate.parse("2011-03-22") == utc("2011-03-22T00:00:00Z"))
        #expect(FeedDate.parse("2011-03-22T14:05:00.250Z") == expected.addingTimeInterval(0.25))
        for bad in ["", "yesterday", "2011-13-01", "31 Feb 2011", "Tue, 32 Mar 2011"] {
            #expect(FeedDate.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let folder = try Fixture.temporaryFolder()
        let secret = folder + "/secret.txt"
        try "TOP-SECRET".write(toFile: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secret)">]>
            <rss version="2.0"><channel><title>T</title><item><title>a &leak; b</title><link>https://x.example/1</link></item></channel></rss>
            """
        let feed = try FeedReader().read(Array(xml.utf8), source: "hostile.xml")
        #expect(feed.entries.count == 1)
        #expect(feed.entries[0].title?.contains("TOP-SECRET") != true)
    }

    @Test func whatIsNotAFeedIsAnErrorNamingIt() {
        func failure(_ text: String) -> String? {
            do {
                _ = try FeedReader().read(Array(text.utf8), source: "x.feed")
                return nil
            } catch {
                return error.description
            }
        }
        for (text, words) in [("<html><body>page</body></html>", "<html>"), ("just text", "neither XML nor JSON"),
                              ("{\"a\": 1}", "without"), ("{broken", "malformed JSON"), ("", "neither")] {
            let message = failure(text)
            #expect(message?.hasPrefix("x.feed: is not a feed") == true, "\(text)")
            #expect(message?.contains(words) == true, "\(String(describing: message))")
        }
    }
}
