import Testing
@testable import ParallaxReading

/// When the extractor finds nothing or a line, the reader falls back to what the page states in JSON-LD
/// (`articleBody`), then to a relaxed extraction that ignores class names and hidden states.
@Suite struct ShortExtractionFallbackTests {
    private static let sentences = [
        "The river rose by two metres overnight, flooding the lower town, its school, and the old market hall.",
        "Firefighters worked until dawn, moving families to the sports centre, where volunteers served soup.",
        "The mayor said the damage, though heavy, was less than in 2013, when the dikes broke in three places.",
    ]

    private static func text(of page: String) throws -> String {
        try HTMLReader().article(from: Array(page.utf8), id: "p", source: "page.html").text
    }

    @Test func aPageWhoseStoryIsDrawnByScriptGivesItsJSONLDArticleBody() throws {
        let body = Self.sentences.joined(separator: "\\n\\n")
        let page = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Flood", "articleBody": "\(body)"}
            </script></head><body><div id="app"></div><footer><p>Copyright 2024 The Gazette</p></footer></body></html>
            """
        let text = try Self.text(of: page)
        #expect(text == Self.sentences.joined(separator: "\n\n"))
    }

    @Test func anArticleBodyInHTMLIsReadAsHTML() throws {
        let body = Self.sentences.map { "<p>\($0)</p>" }.joined()
        let page = """
            <html><head><script type="application/ld+json">
            {"@graph": [{"@type": "WebPage"}, {"@type": "Article", "articleBody": "\(body)"}]}
            </script></head><body><div class="teaser"><a href="/flood">Flood in the lower town</a></div></body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
        #expect(!text.contains("<p>"))
    }

    @Test func aStoryInsideAHiddenWrapperIsFoundBySecondAttempt() throws {
        // A cookie dialog left the page wrapper aria-hidden: the first attempt drops everything.
        let page = """
            <html><body><div id="page" aria-hidden="true"><div class="content">
            \(Self.sentences.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></div><nav><a href="/">Home</a></nav></body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
        #expect(!text.contains("Home"))
    }

    @Test func aStoryInAContainerNamedLikeFurnitureIsFoundBySecondAttempt() throws {
        // Short paragraphs (under 40 characters each) give no prose to protect the container by.
        let lines = ["Rain all night.", "The river rose two metres.", "Schools are closed today.", "Roads to the north are shut.",
                     "Buses run on the ring road.", "Volunteers serve soup at noon.", "The dikes held this time.",
                     "The mayor thanked the crews.", "More rain is due on Friday.", "Sandbags are at the depot."]
        let page = """
            <html><body><div class="sidebar-widget"><div class="text">
            \(lines.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></div></body></html>
            """
        let text = try Self.text(of: page)
        for line in lines { #expect(text.contains(line)) }
    }
}
