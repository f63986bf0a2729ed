import Foundation
import ParallaxComparison

/// The frame every page shares: head, the bar with the search box, the body given, the footer.
struct Page: Sendable {
    var title: String
    /// The search box's current words, so that a results page shows what was asked.
    var searchText = ""
    /// The language of the page's main content ("en", or an article's own).
    var language = "en"
    var body: String

    init(title: String, searchText: String = "", language: String = "en", body: () -> String) {
        self.title = title
        self.searchText = searchText
        self.language = language
        self.body = body()
    }

    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Parallax</title>
        <link rel="stylesheet" href="/style.css"></head>
        <body><header class="bar"><a class="brand" href="/">Parallax</a>
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" value="\(escape(searchText))" placeholder="Search articles" aria-label="Search articles">
        <button type="submit">Search</button></form>
        <nav><a href="/">Stories</a> <a href="/entities">Names</a> <a href="/ingest">Add articles</a></nav></header>
        <main>
        \(body)
        </main>
        <footer>Parallax: every side of a story. Each statement names the outlets that carry it.</footer>
        </body></html>
        """
    }
}

/// Escapes text for HTML content and attribute values (the one escaper of the project).
func escape(_ text: String) -> String {
    CoverageReport.escapeHTML(text)
}

/// An attribute-safe link to an original article, or nil when the URL is not http or https (a `javascript:` or
/// `data:` URL in an article must never become a link).
func externalHref(_ url: String?) -> String? {
    guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
    let lowered = url.lowercased()
    guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
    return escape(url)
}

/// A path segment or query value, percent-encoded (an ID may hold any character).
func urlComponent(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .urlComponentAllowed) ?? ""
}

extension CharacterSet {
    /// RFC 3986's unreserved characters, ASCII only.
    fileprivate static let urlComponentAllowed: CharacterSet = {
        CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    }()
}
