import ParallaxReading
import ParallaxStorage

/// Small pieces several pages share. Every string from an article goes through `escape`.
enum Fragments {
    /// Outlet tags, the first `shown` of them, then how many more.
    static func outletTags(_ outlets: [String], shown: Int = 6) -> String {
        var html = outlets.prefix(shown).map { "<span class=\"tag\">\(escape($0))</span>" }.joined(separator: " ")
        if outlets.count > shown { html += " <span class=\"muted\">+\(outlets.count - shown) more</span>" }
        return html
    }

    /// "2011-03-22", "2011-03-21 – 2011-03-22", or "no date".
    static func days(_ first: CalendarDay?, _ last: CalendarDay?) -> String {
        switch (first, last) {
        case let (first?, last?) where first != last: "\(first) – \(last)"
        case let (first?, _): first.description
        case let (nil, last?): last.description
        case (nil, nil): "no date"
        }
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A link to a story by its headline.
    static func storyLink(_ story: StorySummary) -> String {
        "<a href=\"/stories/\(urlComponent(story.id))\">\(escape(story.headline ?? "(no headline)"))</a>"
    }

    /// A link to an article by its title, with its outlet and date.
    static func articleLine(_ article: StoredArticle) -> String {
        var parts = ["<a href=\"/articles/\(urlComponent(article.article.id))\">\(escape(article.article.title ?? article.article.id))</a>"]
        if let source = article.article.outlet ?? article.article.agency { parts.append("<span class=\"tag\">\(escape(source))</span>") }
        if let date = article.article.date { parts.append("<span class=\"muted\">\(date)</span>") }
        if article.duplicateOf != nil { parts.append("<span class=\"muted\">copy</span>") }
        return parts.joined(separator: " ")
    }

    /// The story list's filters as a form; the values shown are the ones in force.
    static func filterForm(action: String, _ parameters: QueryParameters, words: String = "q") -> String {
        func field(_ name: String, _ label: String, type: String = "text") -> String {
            "<label>\(label)<input type=\"\(type)\" name=\"\(name)\" value=\"\(escape(parameters.text(name) ?? ""))\"></label>"
        }
        return """
            <form class="filters" action="\(action)" method="get">
            \(field(words, "Words", type: "search"))\(field("outlet", "Outlet"))\(field("entity", "Name"))\
            \(field("since", "Since", type: "date"))\(field("until", "Until", type: "date"))
            <button type="submit">Filter</button></form>
            """
    }
}
