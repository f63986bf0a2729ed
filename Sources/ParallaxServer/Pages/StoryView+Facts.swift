import ParallaxComparison

/// The story page's parts about what is said: the summary, who carries which main fact, the shared facts, each
/// outlet's own, the figures that disagree, and the timeline.
extension StoryView {
    func summary() -> String {
        guard !report.summary.isEmpty else { return "" }
        let items = report.summary.map { "<li>\(escape($0.statement.text)) \(Fragments.outletTags($0.outlets))</li>" }
        return "<section><h2>Summary</h2><ol class=\"facts\">\(items.joined(separator: "\n"))</ol></section>"
    }

    /// The coverage matrix as a grid: a row per main fact, a narrow column per outlet (its name written upwards),
    /// so that 50 outlets fit the width of a desktop and scroll sideways on a phone.
    func coverageGrid() -> String {
        let coverage = report.coverage
        guard !coverage.facts.isEmpty, coverage.outlets.count >= 2 else { return "" }
        let heads = coverage.outlets.map { "<th class=\"outlet\" scope=\"col\"><span>\(escape($0))</span></th>" }.joined()
        let rows = coverage.facts.enumerated().map { number, row in
            // The column heads name the outlets (scope="col"); a cell needs no words of its own.
            let cells = row.carried.map { $0 ? "<td class=\"yes\">●</td>" : "<td class=\"no\">·</td>" }.joined()
            let carriers = row.carried.filter { $0 }.count
            return "<tr><th scope=\"row\"><span class=\"muted\">\(number + 1).</span> \(escape(Self.shortened(row.statement.text, to: 110)))"
                + " <span class=\"muted\">\(carriers)/\(coverage.outlets.count)</span></th>\(cells)</tr>"
        }
        let gaps = coverage.outlets.indices.map { "<td>\(coverage.leftOut(by: $0).count)</td>" }.joined()
        return """
            <section><h2>Who carries the main facts</h2>
            <p class="muted">● carries the fact · leaves it out. The last row counts the main facts each outlet leaves out.</p>
            <div class="scroll"><table class="matrix"><thead><tr><th scope="col">Main fact</th>\(heads)</tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody>
            <tfoot><tr><th scope="row">Left out</th>\(gaps)</tr></tfoot></table></div></section>
            """
    }

    func sharedFacts() -> String {
        let outlets = outlets
        let items = report.sharedFacts.prefix(Budget.listed).compactMap { fact -> String? in
            guard let first = fact.statements.first else { return nil }
            let carrying = Set(fact.outlets)
            let missing = outlets.filter { !carrying.contains($0) }
            var item = "<li>\(escape(first.text))<div class=\"carried\">Carried by \(Fragments.outletTags(fact.outlets))"
            if !missing.isEmpty {
                item += "<br>Left out by " + missing.prefix(8).map { "<span class=\"tag missing\">\(escape($0))</span>" }.joined(separator: " ")
                if missing.count > 8 { item += " <span class=\"muted\">+\(missing.count - 8) more</span>" }
            }
            item += "</div>"
            // One wording per other outlet: a wire story run by 40 outlets is one wording, not 40.
            var seen: Set<String> = [first.outlet]
            let others = fact.statements.dropFirst().filter { seen.insert($0.outlet).inserted }
            if !others.isEmpty {
                item += "<details><summary>How the other outlets put it (\(others.count))</summary><ul>"
                item += others.prefix(Budget.wordings).map { "<li><cite>\(escape($0.outlet))</cite>: \(escape($0.text))</li>" }.joined()
                if others.count > Budget.wordings { item += "<li class=\"muted\">and \(others.count - Budget.wordings) more</li>" }
                item += "</ul></details>"
            }
            return item + "</li>"
        }
        var html = "<section><h2>What the sources share</h2>"
        html += items.isEmpty ? "<p class=\"muted\">No statement is made by two outlets.</p>" : folded(items, list: "ol")
        html += beyondThePage(report.sharedFacts.count - items.count)
        if !report.sharedTopics.isEmpty {
            html += "<p class=\"muted\">Topics several sources discuss: "
                + report.sharedTopics.prefix(20).map { escape($0.phrase) }.joined(separator: " · ") + "</p>"
        }
        return html + "</section>"
    }

    func uniqueFacts() -> String {
        guard !report.uniqueFacts.isEmpty else { return "" }
        let open = report.uniqueFacts.count <= 3
        let blocks = report.uniqueFacts.prefix(Budget.listed).map { outlet in
            var block = "<details\(open ? " open" : "")><summary><strong>\(escape(outlet.outlet))</strong> "
                + "<span class=\"muted\">\(Fragments.count(outlet.facts.count, "statement"))</span></summary><ul class=\"facts\">"
                + outlet.facts.prefix(Budget.ownFacts).map { "<li>\(escape($0.text))</li>" }.joined() + "</ul>"
            block += beyondThePage(outlet.facts.count - Budget.ownFacts)
            return block + "</details>"
        }
        return "<section><h2>What only one source reports</h2>\(blocks.joined(separator: "\n"))"
            + beyondThePage(report.uniqueFacts.count - blocks.count) + "</section>"
    }

    func conflicts() -> String {
        let items = report.conflicts.prefix(Budget.listed).map { conflict in
            "<li class=\"conflict\"><strong>\(escape(conflict.kind.rawValue))</strong> about “\(escape(conflict.about))”<ul>"
                + conflict.values.prefix(Budget.wordings).map {
                    "<li><cite>\(escape($0.outlet))</cite>: <mark>\(escape($0.value))</mark> — \(escape($0.statement.text))</li>"
                }.joined() + "</ul></li>"
        }
        let body = items.isEmpty ? "<p class=\"muted\">No figures or dates disagree.</p>" : folded(items, list: "ul")
        return "<section><h2>Figures that disagree</h2>\(body)\(beyondThePage(report.conflicts.count - items.count))</section>"
    }

    func timeline() -> String {
        guard !report.timeline.isEmpty else { return "" }
        let items = report.timeline.prefix(Budget.listed).map {
            "<li><strong>\($0.date)</strong> \(escape($0.description.text)) \(Fragments.outletTags($0.outlets))</li>"
        }
        return "<section><h2>Timeline</h2>\(folded(items, list: "ul"))\(beyondThePage(report.timeline.count - items.count))</section>"
    }

    /// The text cut at a word before `limit` characters, with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }
}
