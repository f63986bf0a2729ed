import ParallaxCorpus
import ParallaxStorage

/// `/articles/{id}`: the article as read, with its story, its event, copies, and a link to the original.
struct ArticleView {
    var detail: ArticleDetail

    func page() -> Page {
        let article = detail.article.article
        return Page(title: article.title ?? article.id, language: article.language ?? "en") {
            var html = ["<h1>\(escape(article.title ?? "(no title)"))</h1>"]
            var meta: [String] = []
            if let source = article.outlet ?? article.agency { meta.append("<span class=\"tag\">\(escape(source))</span>") }
            if let date = article.date { meta.append(date.description + (article.time.map { " " + escape($0) } ?? "")) }
            if let byline = article.byline { meta.append("by " + escape(byline)) }
            if let agency = article.agency, article.outlet != nil { meta.append("agency " + escape(agency)) }
            if let dateline = article.dateline { meta.append("dateline " + escape(dateline)) }
            if let language = article.language { meta.append("language " + escape(language)) }
            html.append("<p class=\"meta\">\(meta.joined(separator: " · "))</p>")
            if let href = externalHref(article.url) {
                html.append("<p><a href=\"\(href)\" rel=\"noopener noreferrer nofollow\">Read the original</a> <span class=\"muted\">\(escape(article.url ?? ""))</span></p>")
            } else if let url = article.url {
                html.append("<p class=\"muted\">Source address (not a web link): \(escape(url))</p>")
            }
            var place: [String] = []
            if let story = detail.story { place.append("Story: " + Fragments.storyLink(story)) }
            if let event = detail.event { place.append("Event: " + escape(event.headline ?? event.id) + " (\(Fragments.count(event.articleCount, "article")))") }
            if let original = detail.original { place.append("Copies the text of " + Fragments.articleLine(original)) }
            if !place.isEmpty { html.append("<section>\(place.map { "<p>\($0)</p>" }.joined())") }
            if !detail.copies.isEmpty {
                html.append("<p>Copied by:</p><ul>" + detail.copies.map { "<li>\(Fragments.articleLine($0))</li>" }.joined() + "</ul>")
            }
            if !place.isEmpty { html.append("</section>") }
            let paragraphs = article.text.split(separator: "\n\n").map { "<p>\(escape(String($0)))</p>" }
            html.append("<section class=\"article-text\">\(paragraphs.joined(separator: "\n"))</section>")
            return html.joined(separator: "\n")
        }
    }
}
