import ParallaxStorage

/// `/search?q=…`: the articles that contain the words, best first, each with its passage, words marked.
struct SearchView {
    var words: String
    var hits: [SearchHit]
    var parameters: QueryParameters

    func page() -> Page {
        Page(title: words.isEmpty ? "Search" : "Search: \(words)", searchText: words) {
            var html = ["<h1>Search</h1>", Fragments.filterForm(action: "/search", parameters)]
            if words.isEmpty {
                html.append("<p class=\"muted\">Give words to find, such as a name: every word must appear (stems match: "
                    + "“strike” finds “strikes”; case and accents are ignored).</p>")
            } else if hits.isEmpty {
                html.append("<p class=\"note\">No article contains all of “\(escape(words))”.</p>")
            } else {
                html.append("<p class=\"muted\">\(Fragments.count(hits.count, "article")), best first.</p><ol class=\"stories\">")
                for hit in hits {
                    let passage = hit.snippet.map { $0.highlighted ? "<mark>\(escape($0.text))</mark>" : escape($0.text) }.joined()
                    html.append("<li><h2>\(Fragments.articleLine(hit.article))</h2><p>\(passage)</p>"
                        + "<p class=\"meta\"><a href=\"/stories/\(urlComponent(hit.article.story))\">Its story</a></p></li>")
                }
                html.append("</ol>")
            }
            return html.joined(separator: "\n")
        }
    }
}
