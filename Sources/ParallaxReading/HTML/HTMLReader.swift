import Foundation

/// Reads a news page: metadata from its head and the story text from its body.
///
/// ```swift
/// let article = try HTMLReader().article(from: bytes, id: "wsj-1", source: "page.html")
/// ```
public struct HTMLReader: Sendable {
    public init() {}

    public func article(from bytes: [UInt8], id: String, source: String) throws(ReadingError) -> Article {
        guard let tree = Self.parse(bytes) else {
            throw ReadingError(source: source, reason: .unreadable("libxml2 could not parse it as HTML"))
        }
        let metadata = HTMLMetadata(tree: tree)
        let paragraphs = Self.mainText(of: tree, metadata: metadata)
        guard !paragraphs.isEmpty else { throw ReadingError(source: source, reason: .noText) }
        let opening = paragraphs[0]
        let dateline = Dateline(openingParagraph: opening)
        var article = Article(
            id: id,
            text: paragraphs.joined(separator: "\n\n"),
            title: metadata.title,
            date: metadata.date,
            url: metadata.url,
            outlet: metadata.url.flatMap { URLComponents(string: $0)?.host } ?? metadata.siteName,
            language: metadata.language,
            agency: dateline?.agency,
            dateline: dateline?.place,
            byline: metadata.byline
        )
        article.time = metadata.time
        return article
    }

    /// Pages shorter than this after extraction are suspected of having lost their story to the extractor.
    static let shortText = 250

    /// The story's paragraphs: the extractor's; when they are few (the story is in markup the extractor
    /// discounts), the longest of them, the page's JSON-LD `articleBody` and a relaxed second extraction.
    static func mainText(of tree: HTMLTree, metadata: HTMLMetadata) -> [String] {
        var extractor = MainTextExtractor(tree: tree)
        let paragraphs = extractor.paragraphs()
        guard length(of: paragraphs) < shortText else { return paragraphs }
        var best = paragraphs
        // The publisher's own statement of the story comes before a guess from the markup.
        if let body = metadata.articleBody {
            let stated = statedParagraphs(body)
            if length(of: stated) > length(of: best) { best = stated }
        }
        if length(of: best) < shortText {
            var relaxed = MainTextExtractor(tree: tree, relaxed: true)
            let second = relaxed.paragraphs()
            if length(of: second) > length(of: best) { best = second }
        }
        return best
    }

    private static func length(of paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + $1.count }
    }

    /// `articleBody` as paragraphs: plain text split at line breaks, or HTML (some sites put markup in it).
    static func statedParagraphs(_ body: String) -> [String] {
        if body.contains("</"), let tree = HTMLParser.parse(Array("<html><body>\(body)</body></html>".utf8)) {
            var extractor = MainTextExtractor(tree: tree, relaxed: true)
            return extractor.paragraphs()
        }
        return body.split(whereSeparator: \.isNewline).map { $0.collapsingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Decodes by the sniffed charset and parses; a charset only libxml2 knows is passed on to it.
    static func parse(_ bytes: [UInt8]) -> HTMLTree? {
        let charset = HTMLCharsetSniffer.charset(of: bytes)
        var body = bytes[...]
        if let (_, markLength) = Charset.fromByteOrderMark(bytes) { body = bytes[markLength...] }
        if case .other(let label) = charset {
            let name = Charset.supersetName(of: label)
            if let text = LegacyDecoder.decode(Array(body), charset: name) { return HTMLParser.parse(Array(text.utf8)) }
            return HTMLParser.parse(Array(body), encoding: name)
                ?? HTMLParser.parse(Array((TextDecoder.decode(body, as: .utf8RepairedAsWindows1252) ?? "").utf8))
        }
        let text = TextDecoder.decode(body, as: charset) ?? ""
        return HTMLParser.parse(Array(text.utf8))
    }
}
