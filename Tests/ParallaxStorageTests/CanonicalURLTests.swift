import Testing
import ParallaxStorage

@Suite("Canonical URLs: one page, one identity")
struct CanonicalURLTests {
    @Test func schemeHostCaseWwwDefaultPortFragmentAndTrackingGo() {
        #expect(CanonicalURL("HTTP://WWW.Example.com:80/news/a?utm_source=rss&id=7#top")?.string == "https://example.com/news/a?id=7")
        #expect(CanonicalURL("https://example.com:443/news/a?id=7")?.string == "https://example.com/news/a?id=7")
        #expect(CanonicalURL("https://example.com/a?fbclid=x&gclid=y&utm_medium=z")?.string == "https://example.com/a")
    }

    @Test func otherParametersAndPortsAreKeptSortedByName() {
        #expect(CanonicalURL("https://example.com:8080/read.php?p=12&cat=4")?.string == "https://example.com:8080/read.php?cat=4&p=12")
        #expect(CanonicalURL("https://example.com/read?id=1") != CanonicalURL("https://example.com/read?id=2"))
        #expect(CanonicalURL("https://example.com/News/A")?.string == "https://example.com/News/A")  // paths keep their case
    }

    @Test func onlyWebAddressesHaveOne() {
        #expect(CanonicalURL("ftp://example.com/a") == nil)
        #expect(CanonicalURL("not a url") == nil)
        #expect(CanonicalURL("mailto:desk@example.com") == nil)
        #expect(CanonicalURL("") == nil)
        #expect(CanonicalURL("https://example.com")?.string == "https://example.com/")
    }
}

@Suite("Content hashes: one wire text, one hash")
struct ContentHashTests {
    static let text = String(repeating: "The minister said the talks would resume on Monday in Geneva. ", count: 3)

    @Test func spacingAndCaseDoNotCount() {
        let respaced = Self.text.uppercased().replacingOccurrences(of: " ", with: "  \n")
        #expect(ContentHash(text: Self.text) == ContentHash(text: respaced))
        #expect(ContentHash(text: Self.text) != ContentHash(text: Self.text + " Extra."))
    }

    @Test func shortTextsHaveNone() {
        #expect(ContentHash(text: "") == nil)
        #expect(ContentHash(text: "Too short to call anything a copy of it.") == nil)
    }
}
