import ParallaxComparison
import ParallaxCorpus
import ParallaxStorage

/// `/stories/{id}`: the story's coverage report, laid out to stay readable from 2 outlets to 50: lists, not a
/// column per outlet; a grid of who carries which main fact; long parts fold away. Each part shows at most a set
/// number of items (`Budget`), so the page is about as large for 300 articles as for 30; what it leaves out is
/// counted and is in the report's JSON, linked beside the count.
struct StoryView {
    var detail: StoryDetail
    var report: CoverageReport
    /// How many articles the report compares, of how many the story holds.
    var compared: Int

    /// How much of each part the page shows.
    enum Budget {
        /// Items of a list shown before the rest fold under "N more".
        static let open = 12
        /// Items of a list on the page at all, open and folded.
        static let listed = 40
        /// Sources listed one row per article up to this many; a larger story gets one row per outlet.
        static let sourceRows = 40
        /// Wordings of one fact, or variants of one quote, shown under it.
        static let wordings = 8
        /// Statements of each outlet's own shown.
        static let ownFacts = 8
        /// Names in the roster.
        static let names = 60
        /// Events listed, and articles listed under each.
        static let events = 20
        static let articlesPerEvent = 8
    }

    /// The articles the story's page lists under each event (the store is asked for no more).
    static let shownArticlesPerEvent = Budget.articlesPerEvent

    func page() -> Page {
        let story = detail.story
        return Page(title: story.headline ?? "Story \(story.id)") {
            var html: [String] = []
            html.append("<h1>\(escape(story.headline ?? "(no headline)"))</h1>")
            html.append("""
                <p class="meta">\(Fragments.days(story.firstDate, story.lastDate)) · \(Fragments.count(story.articleCount, "article")) · \
                \(Fragments.count(story.eventCount, "event")) · \(Fragments.count(story.outlets.count, "outlet")) · \
                <a href="\(reportJSON)">the whole report as JSON</a></p>
                """)
            if compared < story.articleCount {
                html.append("<p class=\"note\">The report compares the first \(compared) of the story's \(story.articleCount) articles.</p>")
            }
            html += [sources(), summary(), coverageGrid(), sharedFacts(), uniqueFacts(), conflicts(), timeline(), roster(), quotes(), events()]
            return html.joined(separator: "\n")
        }
    }

    /// The report's JSON, where every item the page leaves out can be read.
    var reportJSON: String { "/api/stories/\(urlComponent(detail.story.id))/report" }

    /// The outlets of the report, each once, in source order.
    var outlets: [String] {
        var seen = Set<String>()
        return report.sources.map(\.outlet).filter { seen.insert($0).inserted }
    }

    // MARK: Sources

    private func sources() -> String {
        let byOutlet = report.sources.count > Budget.sourceRows
        let heading = byOutlet
            ? "Sources <span class=\"muted\">\(Fragments.count(outlets.count, "outlet")), \(Fragments.count(report.sources.count, "article"))</span>"
            : "Sources <span class=\"muted\">\(report.sources.count)</span>"
        let rows = byOutlet ? outletRows() : report.sources.map { sourceRow($0, articles: nil) }
        return """
            <section><h2>\(heading)</h2><div class="scroll"><table class="sources">
            <thead><tr><th>Outlet</th><th>\(byOutlet ? "First report" : "Title")</th><th>Published</th><th class="hide-narrow">Notes</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table></div></section>
            """
    }

    /// One row per outlet, its earliest report standing for it (sources are in publication order).
    private func outletRows() -> [String] {
        var counts: [String: Int] = [:]
        for source in report.sources { counts[source.outlet, default: 0] += 1 }
        var seen = Set<String>()
        return report.sources.filter { seen.insert($0.outlet).inserted }.map { sourceRow($0, articles: counts[$0.outlet]) }
    }

    private func sourceRow(_ source: CoverageReport.Source, articles: Int?) -> String {
        var notes: [String] = []
        if let articles, articles > 1 { notes.append(Fragments.count(articles, "article")) }
        if source.isFirst { notes.append("<strong>first</strong>") }
        if let agency = source.agency { notes.append(source.ownReporting ? "agency \(escape(agency))" : "wire copy of \(escape(agency))") }
        if let dateline = source.dateline { notes.append("dateline \(escape(dateline))") }
        if let language = source.language { notes.append(escape(language)) }
        var title = "<a href=\"/articles/\(urlComponent(source.article))\">\(escape(source.title ?? source.article))</a>"
        if let href = externalHref(source.url) {
            title += " <a class=\"original\" href=\"\(href)\" rel=\"noopener noreferrer nofollow\">original</a>"
        }
        let published = (source.date?.description ?? "") + (source.time.map { " " + escape(String($0.prefix(5))) } ?? "")
        return """
            <tr><td><span class="tag">\(escape(source.outlet))</span></td><td class="title">\(title)</td>\
            <td class="nowrap">\(published)</td><td class="hide-narrow muted">\(notes.joined(separator: " · "))</td></tr>
            """
    }

    // MARK: Events

    private func events() -> String {
        let blocks = detail.events.prefix(Budget.events).map { event in
            var articles = event.articles.map { "<li>\(Fragments.articleLine($0))</li>" }
            if event.event.articleCount > event.articles.count {
                articles.append("<li class=\"muted\">and \(event.event.articleCount - event.articles.count) more</li>")
            }
            return "<h3>\(escape(event.event.headline ?? "(no headline)"))</h3><p class=\"meta\">\(Fragments.days(event.event.firstDate, event.event.lastDate)) · "
                + "\(Fragments.count(event.event.articleCount, "article"))</p><ul class=\"facts\">\(articles.joined(separator: "\n"))</ul>"
        }
        var html = "<section><h2>Events and articles</h2>\(blocks.joined(separator: "\n"))"
        if detail.events.count > Budget.events {
            html += "<p class=\"muted\">\(detail.events.count - Budget.events) more events, in "
                + "<a href=\"/api/stories/\(urlComponent(detail.story.id))\">the story's JSON</a>.</p>"
        }
        return html + "</section>"
    }

    // MARK: Folding

    /// A list whose first `Budget.open` items show and the rest fold under "N more" (callers pass at most
    /// `Budget.listed` and count the rest with `beyondThePage`).
    func folded(_ items: [String], list tag: String) -> String {
        var html = "<\(tag) class=\"facts\">" + items.prefix(Budget.open).joined(separator: "\n") + "</\(tag)>"
        if items.count > Budget.open {
            html += "<details><summary>\(items.count - Budget.open) more</summary><\(tag) class=\"facts\""
                + (tag == "ol" ? " start=\"\(Budget.open + 1)\"" : "") + ">"
                + items.dropFirst(Budget.open).joined(separator: "\n") + "</\(tag)></details>"
        }
        return html
    }

    /// "N more in the report's JSON", or nothing.
    func beyondThePage(_ count: Int) -> String {
        count > 0 ? "<p class=\"muted\">\(count) more in <a href=\"\(reportJSON)\">the report's JSON</a>.</p>" : ""
    }
}
