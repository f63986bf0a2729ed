/// `/`: the stories, newest first, with their headline, days, outlets and counts; filters; a next-page link.
struct StoryListView {
    var list: StoryList
    var parameters: QueryParameters

    func page() -> Page {
        Page(title: "Stories") {
            var html = ["<h1>Stories</h1>", Fragments.filterForm(action: "/", parameters)]
            if list.stories.isEmpty {
                html.append(parameters.isEmpty
                    ? "<p class=\"note\">The corpus is empty. <a href=\"/ingest\">Add articles</a>, or run <code>parallax ingest FILE</code>.</p>"
                    : "<p class=\"note\">No story matches these filters.</p>")
            }
            html.append("<ol class=\"stories\">")
            for story in list.stories {
                html.append("""
                    <li><h2>\(Fragments.storyLink(story))</h2>
                    <p class="meta">\(Fragments.days(story.firstDate, story.lastDate)) · \(Fragments.count(story.articleCount, "article")) · \
                    \(Fragments.count(story.eventCount, "event")) · \(Fragments.count(story.outlets.count, "outlet"))</p>
                    <p>\(Fragments.outletTags(story.outlets))</p></li>
                    """)
            }
            html.append("</ol>")
            if let next = list.next {
                html.append("<p class=\"pager\"><a rel=\"next\" href=\"/?\(parameters.replacing("cursor", with: next.token))\">Older stories →</a></p>")
            }
            return html.joined(separator: "\n")
        }
    }
}
