import Testing
@testable import ParallaxReading

/// Story text that is not in `<p>` elements: written straight into a `<div>` between `<br>`s, or in `<div>`s of
/// spans beside photos. The extractor must find it, not the footer or the headline.
@Suite struct UnmarkedParagraphTests {
    private static let sentences = [
        "The council met on Tuesday evening, after a long delay, to vote on the new budget for the city's schools.",
        "Members argued for two hours about the cost of repairs, the teachers' pay, and the buses that run late.",
        "In the end, the budget passed by seven votes to four, with two members absent and one abstaining.",
        "The mayor said the vote was a relief, and that work on the repairs would start, weather permitting, in May.",
    ]

    private static func text(of page: String) throws -> String {
        try HTMLReader().article(from: Array(page.utf8), id: "p", source: "page.html").text
    }

    private static let footer = """
        <div class="footer-info">City Hall - 1 Main Street - Springfield - Phone: (555) 010-2000 - All rights reserved</div>
        """

    /// A news archive's menu beside the story, in the same row: links by month and year.
    private static let archive = (2005...2018).flatMap { year in
        ["January", "February", "March", "April", "May", "June"].map { "<li><a href=\"/news?y=\(year)\">\($0) \(year)</a></li>" }
    }.joined()

    @Test func textBetweenBreaksBesideABlockIsTheStory() throws {
        let page = """
            <html><body><div class="container"><div class="row"><div class="col-3"><ul>\(Self.archive)</ul></div>
            <div class="col-9"><p class="title">Budget passes</p><small>05/10/2018 - Posted by the press office</small><br><br>
            \(Self.sentences.joined(separator: "<br><br>\n"))
            <br><br><div class="row"><a href="/share">Share</a></div></div></div></div>
            <div class="bottom"><p>City Hall - 1 Main Street - Springfield - Phone: (555) 010-2000 - All rights reserved</p></div>
            </body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
        #expect(!text.contains("City Hall"))
    }

    @Test func textBetweenPhotosInTablesIsNotTakenForAGallery() throws {
        let photo = "<table><tr><td><img src=\"a.jpg\"><div>Photo: the council</div></td></tr></table>"
        let page = """
            <html><body><div class="news"><div class="story"><div id="main-text">\(photo)<br>
            \(Self.sentences[0])<br><br>\(Self.sentences[1])<br>\(photo)<br>\(Self.sentences[2])<br><br>\(photo)\(Self.sentences[3])
            </div></div></div>\(Self.footer)</body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
    }

    @Test func divsOfSpansBetweenPhotosAreParagraphs() throws {
        let photo = "<div class=\"separator\"><a href=\"a.jpg\"><img src=\"a.jpg\"></a></div><div><span>Photo</span></div>"
        let paragraphs = Self.sentences.map { "<div><span style=\"font-size: small;\">\($0)</span></div>" }
        let page = """
            <html><body><div class="post-body"><div><span>\(Self.sentences[0])</span></div>
            <div class="reader">\(photo)\(paragraphs[1])\(photo)\(paragraphs[2])\(photo)\(paragraphs[3])</div></div>
            \(Self.footer)</body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
    }

    @Test func anOpeningParagraphInADivBesideTheBodyIsKept() throws {
        // The first paragraph sits in a div of its own before the body; a teaser of inline spans in the body
        // must not pull the body away from it.
        let page = """
            <html><body><div class="layout"><div class="article">
            <h1>Budget passes</h1><div class="article__lead">\(Self.sentences[0])</div>
            <div class="article__body"><p>\(Self.sentences[1])</p>
            <span class="more"><span>Read more</span><span>Teachers ask for more pay as the vote on the budget nears</span></span>
            <p>\(Self.sentences[2])</p><p>\(Self.sentences[3])</p></div></div></div>
            <div class="bottom"><p>City Hall - 1 Main Street - Springfield - Phone: (555) 010-2000</p></div></body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
        #expect(!text.contains("City Hall"))
    }

    @Test func aStoryCutIntoChunksByTheLayoutIsReadWhole() throws {
        let more = [
            "A second meeting, planned for June, will decide how the repairs are shared between the schools, if any.",
            "Parents, who filled the public gallery, applauded the result, though some said the delay had cost a year.",
            "The teachers' union, which had threatened to strike, welcomed the vote but asked for talks on pay, again.",
        ]
        func chunk(_ lines: [String]) -> String {
            """
            <div class="grid narrow"><div class="grid-item body article-body">\(lines.map { "<p>\($0)</p>" }.joined())</div>
            <div class="grid-item rail"><div class="ad-slot"></div></div></div>
            """
        }
        let page = """
            <html><body><div class="chunks">\(chunk(Self.sentences))\(chunk(more))</div>
            <div class="bottom"><p>City Hall - 1 Main Street - Springfield - Phone: (555) 010-2000</p></div></body></html>
            """
        let text = try Self.text(of: page)
        for sentence in Self.sentences + more { #expect(text.contains(sentence)) }
        #expect(!text.contains("City Hall"))
    }

    @Test func aLaterH1IsASectionHeadingButTheFirstIsTheHeadline() throws {
        let page = """
            <html><head><title>Budget passes | Springfield News</title></head><body><div class="story">
            <h1>Budget passes after a long night</h1><p>\(Self.sentences[0])</p><p>\(Self.sentences[1])</p>
            <h1>What the vote means for parents</h1><p>\(Self.sentences[2])</p><p>\(Self.sentences[3])</p>
            </div></body></html>
            """
        let text = try Self.text(of: page)
        #expect(text.contains("What the vote means for parents"))
        #expect(!text.contains("Budget passes after a long night"))
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
    }
}
