import ParallaxComparison
import ParallaxCorpus
import ParallaxStorage

/// `/stories/{id}`: the story's coverage report, laid out to stay readable from 2 outlets to 50: lists, not a
/// column per outlet; each fact says which outlets carry it and which leave it out; long parts fold away.
struct StoryView {
    var detail: StoryDetail
    var report: CoverageReport
    /// How many articles the report compares, of how many the story holds.
    var compared: Int

    /// Parts longer than this fold the rest into a "more" disclosure.
    static let shownItems = 12
    /// The articles listed under each event; the event's count says how many it has.
    static let shownArticlesPerEvent = 50

    func page() -> Page {
        let story = detail.story
        return Page(title: story.headline ?? "Story \(story.id)") {
            var html: [String] = []
            html.append("<h1>\(escape(story.headline ?? "(no headline)"))</h1>")
            html.append("""
                <p class="meta">\(Fragments.days(story.firstDate, story.lastDate)) · \(Fragments.count(story.articleCount, "article")) · \
                \(Fragments.count(story.eventCount, "event")) · \(Fragments.count(story.outlets.count, "outlet")) · \
                <a href="/api/stories/\(urlComponent(story.id))/report">JSON</a></p>
                """)
            if compared < story.articleCount {
                html.append("<p class=\"note\">The report compares the first \(compared) of the story's \(story.articleCount) articles.</p>")
            }
            html += [sources(), summary(), timeline(), sharedFacts(), uniqueFacts(), conflicts(), roster(), quotes(), events()]
            return html.joined(separator: "\n")
        }
    }

    private var outlets: [String] {
        var seen = Set<String>()
        return report.sources.map(\.outlet).filter { seen.insert($0).inserted }
    }

    private func sources() -> String {
        var rows: [String] = []
        for source in report.sources {
            var notes: [String] = []
            if source.isFirst { notes.append("first") }
            if let agency = source.agency { notes.append(source.ownReporting ? "agency \(escape(agency))" : "wire copy of \(escape(agency))") }
            if let dateline = source.dateline { notes.append("dateline \(escape(dateline))") }
            if let language = source.language { notes.append(escape(language)) }
            rows.append("""
                <tr><td><span class="tag">\(escape(source.outlet))</span></td>\
                <td class="title"><a href="/articles/\(urlComponent(source.article))">\(escape(source.title ?? source.article))</a></td>\
                <td class="nowrap">\(source.date?.description ?? "")</td><td class="hide-narrow muted">\(notes.joined(separator: " · "))</td></tr>
                """)
        }
        return """
            <section><h2>Sources <span class="muted">\(report.sources.count)</span></h2><div class="scroll"><table class="sources">
            <thead><tr><th>Outlet</th><th>Title</th><th>Date</th><th class="hide-narrow">Notes</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table></div></section>
            """
    }

    private func summary() -> String {
        guard !report.summary.isEmpty else { return "" }
        let items = report.summary.map { "<li>\(escape($0.statement.text)) \(Fragments.outletTags($0.outlets))</li>" }
        return "<section><h2>Summary</h2><ol class=\"facts\">\(items.joined(separator: "\n"))</ol></section>"
    }

    private func timeline() -> String {
        guard !report.timeline.isEmpty else { return "" }
        let items = report.timeline.map {
            "<li><strong>\($0.date)</strong> \(escape($0.description.text)) \(Fragments.outletTags($0.outlets))</li>"
        }
        return "<section><h2>Timeline</h2>\(folded(items, list: "ul"))</section>"
    }

    private func sharedFacts() -> String {
        var items: [String] = []
        for fact in report.sharedFacts {
            guard let first = fact.statements.first else { continue }
            let carrying = Set(fact.outlets)
            let missing = outlets.filter { !carrying.contains($0) }
            var item = "<li>\(escape(first.text))<div class=\"carried\">Carried by \(Fragments.outletTags(fact.outlets))"
            if !missing.isEmpty {
                item += "<br>Left out by " + missing.prefix(8).map { "<span class=\"tag missing\">\(escape($0))</span>" }.joined(separator: " ")
                if missing.count > 8 { item += " <span class=\"muted\">+\(missing.count - 8) more</span>" }
            }
            item += "</div>"
            let others = fact.statements.dropFirst()
            if !others.isEmpty {
                item += "<details><summary>How the others put it (\(others.count))</summary><ul>"
                item += others.map { "<li><cite>\(escape($0.outlet))</cite>: \(escape($0.text))</li>" }.joined()
                item += "</ul></details>"
            }
            items.append(item + "</li>")
        }
        var html = "<section><h2>What the sources share</h2>"
        html += items.isEmpty ? "<p class=\"muted\">No statement is made by two outlets.</p>" : folded(items, list: "ol")
        if !report.sharedTopics.isEmpty {
            html += "<p class=\"muted\">Topics several sources discuss: "
                + report.sharedTopics.prefix(20).map { escape($0.phrase) }.joined(separator: " · ") + "</p>"
        }
        return html + "</section>"
    }

    private func uniqueFacts() -> String {
        guard !report.uniqueFacts.isEmpty else { return "" }
        let open = report.uniqueFacts.count <= 3
        let blocks = report.uniqueFacts.map { outlet in
            "<details\(open ? " open" : "")><summary><strong>\(escape(outlet.outlet))</strong> "
                + "<span class=\"muted\">\(Fragments.count(outlet.facts.count, "statement"))</span></summary><ul class=\"facts\">"
                + outlet.facts.map { "<li>\(escape($0.text))</li>" }.joined() + "</ul></details>"
        }
        return "<section><h2>What only one source reports</h2>\(blocks.joined(separator: "\n"))</section>"
    }

    private func conflicts() -> String {
        let items = report.conflicts.map { conflict in
            "<li class=\"conflict\"><strong>\(escape(conflict.kind.rawValue))</strong> about “\(escape(conflict.about))”<ul>"
                + conflict.values.map {
                    "<li><cite>\(escape($0.outlet))</cite>: <mark>\(escape($0.value))</mark> — \(escape($0.statement.text))</li>"
                }.joined() + "</ul></li>"
        }
        let body = items.isEmpty ? "<p class=\"muted\">No figures or dates disagree.</p>" : folded(items, list: "ul")
        return "<section><h2>Figures that disagree</h2>\(body)</section>"
    }

    private func roster() -> String {
        guard !report.roster.isEmpty else { return "" }
        let rows = report.roster.map { entry in
            let forms = entry.aliases.map { "\(escape($0.form)) \(Fragments.outletTags($0.outlets, shown: 4))" }.joined(separator: "<br>")
            let link = "<a href=\"/entities/\(urlComponent(CorpusEntity.id(forName: entry.name)))\">\(escape(entry.name))</a>"
            return "<tr><td><strong>\(link)</strong></td><td class=\"hide-narrow muted\">\(escape(entry.type.rawValue))</td><td>\(forms)</td></tr>"
        }
        let shown = rows.prefix(Self.shownItems * 2).joined(separator: "\n")
        var html = """
            <section><h2>People, organisations, places</h2><div class="scroll"><table>
            <thead><tr><th>Name</th><th class="hide-narrow">Type</th><th>As each outlet writes it</th></tr></thead><tbody>\(shown)</tbody></table></div>
            """
        if rows.count > Self.shownItems * 2 {
            html += "<details><summary>\(rows.count - Self.shownItems * 2) more</summary><div class=\"scroll\"><table><tbody>"
                + rows.dropFirst(Self.shownItems * 2).joined(separator: "\n") + "</tbody></table></div></details>"
        }
        return html + "</section>"
    }

    private func quotes() -> String {
        let items = report.quotes.filter { $0.kind == .direct }.compactMap { entry -> String? in
            guard let first = entry.variants.first else { return nil }
            var item = "<li><strong>\(escape(entry.speaker ?? "Unknown speaker"))</strong> \(Fragments.outletTags(entry.outlets))"
                + "<blockquote><cite>\(escape(first.outlet))</cite>: \(escape(first.quote.text))</blockquote>"
            let others = entry.variants.dropFirst()
            if !others.isEmpty {
                item += "<details><summary>As the others quote it (\(others.count))</summary>"
                    + others.map { "<blockquote><cite>\(escape($0.outlet))</cite>: \(escape($0.quote.text))</blockquote>" }.joined()
                    + "</details>"
            }
            return item + "</li>"
        }
        guard !items.isEmpty else { return "" }
        return "<section><h2>Quotes</h2>\(folded(items, list: "ul"))</section>"
    }

    private func events() -> String {
        let blocks = detail.events.map { event in
            var articles = event.articles.map { "<li>\(Fragments.articleLine($0))</li>" }
            if event.event.articleCount > event.articles.count {
                articles.append("<li class=\"muted\">and \(event.event.articleCount - event.articles.count) more</li>")
            }
            return "<h3>\(escape(event.event.headline ?? "(no headline)"))</h3><p class=\"meta\">\(Fragments.days(event.event.firstDate, event.event.lastDate)) · "
                + "\(Fragments.count(event.event.articleCount, "article"))</p>" + folded(articles, list: "ul")
        }
        return "<section><h2>Events and articles</h2>\(blocks.joined(separator: "\n"))</section>"
    }

    /// A list whose items past `shownItems` are folded under "N more".
    private func folded(_ items: [String], list tag: String) -> String {
        var html = "<\(tag) class=\"facts\">" + items.prefix(Self.shownItems).joined(separator: "\n") + "</\(tag)>"
        if items.count > Self.shownItems {
            html += "<details><summary>\(items.count - Self.shownItems) more</summary><\(tag) class=\"facts\""
                + (tag == "ol" ? " start=\"\(Self.shownItems + 1)\"" : "") + ">"
                + items.dropFirst(Self.shownItems).joined(separator: "\n") + "</\(tag)></details>"
        }
        return html
    }
}
