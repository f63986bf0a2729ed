import Foundation

/// The entry point for feeds: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1, sitemaps and sitemap indexes
/// (Google News sitemaps included) and OPML subscription lists, told apart by their content.
///
/// ```swift
/// let feed = try FeedReader().read(bytes, source: "bbc.xml", url: "https://feeds.bbci.co.uk/news/rss.xml")
/// for entry in feed.entries { print(entry.published ?? "-", entry.title ?? "", entry.link ?? "") }
/// ```
///
/// Tolerant, as feeds in the wild need: a wrong or missing encoding declaration, undeclared HTML entities, HTML in
/// titles, unclosed tags. What cannot be read at all is a `ReadingError` naming the source.
public struct FeedReader: Sendable {
    public init() {}

    /// Reads a feed; `url` (where it was fetched from) resolves relative links when the feed gives no base.
    public func read(_ bytes: [UInt8], source: String, url: String? = nil) throws(ReadingError) -> Feed {
        let text = Self.decode(bytes)
        let head = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.hasPrefix("{") {
            return try JSONFeedReader.read(Data(head.utf8), source: source, url: url)
        }
        guard head.hasPrefix("<") else {
            throw ReadingError(source: source, reason: .notAFeed("neither XML nor JSON"))
        }
        guard let tree = FeedXML.parse(FeedXML.repairingAmpersands(Self.withoutEncodingDeclaration(head))),
              let root = tree[HTMLTree.root].children.first(where: { !tree[$0].isText })
        else {
            throw ReadingError(source: source, reason: .notAFeed("the XML could not be read"))
        }
        guard let feed = XMLFeedReader(tree: tree, feedURL: url).read(root: root) else {
            throw ReadingError(source: source, reason: .notAFeed("its root element is <\(tree[root].tag)>"))
        }
        return feed
    }

    /// The feed as text: by its byte-order mark; else UTF-8 when it is valid UTF-8, whatever it declares (feeds
    /// often declare ISO-8859-1 and are UTF-8); else the declared encoding (one Parallax does not decode itself,
    /// such as KOI8-R or GB2312, through iconv as its WHATWG superset); else Windows-1252, the usual culprit.
    static func decode(_ bytes: [UInt8]) -> String {
        if let (charset, markLength) = Charset.fromByteOrderMark(bytes) {
            return TextDecoder.decode(bytes[markLength...], as: charset) ?? ""
        }
        if HTMLCharsetSniffer.isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        // A declared UTF-8 that is not is the usual mislabelling of Windows-1252.
        if let label = declaredEncoding(bytes) {
            switch Charset(label: label) {
            case .utf8: break
            case .other(let name):
                if let text = LegacyDecoder.decode(bytes, charset: Charset.supersetName(of: name)) { return text }
            case let charset:
                if let text = TextDecoder.decode(bytes[...], as: charset) { return text }
            }
        }
        return TextDecoder.decode(bytes[...], as: .windows1252) ?? ""
    }

    /// The text with its XML declaration's `encoding` removed: it is UTF-8 now, whatever the bytes declared.
    private static func withoutEncodingDeclaration(_ text: Substring) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return String(text) }
        let declaration = text[..<end.upperBound].replacingOccurrences(
            of: #"\s+encoding\s*=\s*["'][^"']*["']"#, with: "", options: .regularExpression)
        return declaration + text[end.upperBound...]
    }

    /// The `encoding` of an XML declaration.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let range = head.range(of: #"encoding\s*=\s*["']([^"']+)["']"#, options: .regularExpression)
        else { return nil }
        return head[range].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init)
    }
}
