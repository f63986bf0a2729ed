import ParallaxReading

/// Renders articles for people.
enum ArticlePrinter {
    /// `id  2011-03-22  AP  en  Title…`
    static func line(_ article: Article) -> String {
        [article.id, article.date?.description ?? "—", article.agency ?? article.outlet ?? "—",
         article.language ?? "—", article.title ?? "(no title)"].joined(separator: "  ")
    }

    /// A header of the fields found, then the body paragraphs.
    static func block(_ article: Article) -> String {
        let fields: [(String, String?)] = [
            ("Title", article.title), ("Date", article.date?.description), ("Outlet", article.outlet),
            ("Agency", article.agency), ("Dateline", article.dateline), ("Byline", article.byline),
            ("Language", article.language), ("URL", article.url),
        ]
        var lines = ["═══ \(article.id)"]
        for (name, value) in fields {
            guard let value else { continue }
            lines.append("\(name.padding(toLength: 10, withPad: " ", startingAt: 0))\(value)")
        }
        let paragraphs = article.text.split(separator: "\n\n")
        lines.append("Body      \(paragraphs.count) paragraphs, \(article.text.count) characters")
        lines.append("")
        lines.append(contentsOf: paragraphs.map { String($0) + "\n" })
        return lines.joined(separator: "\n")
    }
}
