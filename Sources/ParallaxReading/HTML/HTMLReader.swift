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
        var extractor = MainTextExtractor(tree: tree)
        let paragraphs = extractor.paragraphs()
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

    /// Decodes by the sniffed charset and parses; a charset only libxml2 knows is passed on to it.
    static func parse(_ bytes: [UInt8]) -> HTMLTree? {
        let charset = HTMLCharsetSniffer.charset(of: bytes)
        var body = bytes[...]
        if let (_, markLength) = Charset.fromByteOrderMark(bytes) { body = bytes[markLength...] }
        if case .other(let label) = charset {
            return HTMLParser.parse(Array(body), encoding: label)
                ?? HTMLParser.parse(Array((TextDecoder.decode(body, as: .utf8RepairedAsWindows1252) ?? "").utf8))
        }
        let text = TextDecoder.decode(body, as: charset) ?? ""
        return HTMLParser.parse(Array(text.utf8))
    }
}
