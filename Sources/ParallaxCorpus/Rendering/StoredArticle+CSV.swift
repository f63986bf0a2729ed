import ParallaxStorage

extension StoredArticle {
    /// The columns of `parallax export --format csv`.
    public static let csvHeader = "id,title,date,url,outlet,lang,agency,story,event,duplicate_of"

    /// One CSV record (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled).
    public var csvRecord: String {
        [article.id, article.title, article.date?.description, article.url, article.outlet, article.language, article.agency,
         story, event, duplicateOf]
            .map { Self.csvField($0 ?? "") }.joined(separator: ",")
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
