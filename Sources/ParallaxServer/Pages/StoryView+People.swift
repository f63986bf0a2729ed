import ParallaxComparison
import ParallaxCorpus

/// The story page's parts about who: the roster of names with each outlet's spelling, and the quote ledger.
extension StoryView {
    func roster() -> String {
        guard !report.roster.isEmpty else { return "" }
        let rows = report.roster.prefix(Budget.names).map { entry in
            let forms = entry.aliases.map { "\(escape($0.form)) \(Fragments.outletTags($0.outlets, shown: 4))" }.joined(separator: "<br>")
            let link = "<a href=\"/entities/\(urlComponent(CorpusEntity.id(forName: entry.name)))\">\(escape(entry.name))</a>"
            return "<tr><td><strong>\(link)</strong></td><td class=\"hide-narrow muted\">\(escape(entry.type.rawValue))</td><td>\(forms)</td></tr>"
        }
        let open = Budget.open * 2
        var html = """
            <section><h2>People, organisations, places</h2><div class="scroll"><table>
            <thead><tr><th>Name</th><th class="hide-narrow">Type</th><th>As each outlet writes it</th></tr></thead><tbody>\(rows.prefix(open).joined(separator: "\n"))</tbody></table></div>
            """
        if rows.count > open {
            html += "<details><summary>\(rows.count - open) more</summary><div class=\"scroll\"><table><tbody>"
                + rows.dropFirst(open).joined(separator: "\n") + "</tbody></table></div></details>"
        }
        return html + beyondThePage(report.roster.count - rows.count) + "</section>"
    }

    func quotes() -> String {
        let direct = report.quotes.filter { $0.kind == .direct }
        let items = direct.prefix(Budget.listed).compactMap { entry -> String? in
            guard let first = entry.variants.first else { return nil }
            var item = "<li><strong>\(escape(entry.speaker ?? "Unknown speaker"))</strong> \(Fragments.outletTags(entry.outlets))"
                + "<blockquote><cite>\(escape(first.outlet))</cite>: \(escape(first.quote.text))</blockquote>"
            // One variant per other outlet, as for a fact's wordings.
            var seen: Set<String> = [first.outlet]
            let others = entry.variants.dropFirst().filter { seen.insert($0.outlet).inserted }
            if !others.isEmpty {
                item += "<details><summary>As the other outlets quote it (\(others.count))</summary>"
                    + others.prefix(Budget.wordings).map { "<blockquote><cite>\(escape($0.outlet))</cite>: \(escape($0.quote.text))</blockquote>" }.joined()
                    + (others.count > Budget.wordings ? "<p class=\"muted\">and \(others.count - Budget.wordings) more</p>" : "")
                    + "</details>"
            }
            return item + "</li>"
        }
        guard !items.isEmpty else { return "" }
        return "<section><h2>Quotes</h2>\(folded(items, list: "ul"))\(beyondThePage(direct.count - items.count))</section>"
    }
}
