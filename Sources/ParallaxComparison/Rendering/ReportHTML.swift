import ParallaxAnalysis

extension CoverageReport {
    /// Escapes text for HTML element content and attribute values.
    public static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The report as one standalone HTML page (inline CSS, no scripts), with the sources side by side.
    /// Every string taken from the articles goes through `escapeHTML`.
    public func renderHTML() -> String {
        let e = Self.escapeHTML
        let outletNames = uniqueOutlets
        func tags(_ outlets: [String]) -> String {
            outlets.map { "<span class=\"tag\">\(e($0))</span>" }.joined(separator: " ")
        }
        var html: [String] = []
        html.append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Parallax — coverage of \(sources.count) reports</title>
            <style>\(Self.css)</style></head><body>
            <header><h1>Parallax</h1><p>How \(sources.count) report\(sources.count == 1 ? "" : "s") cover one story</p></header>
            <main>
            """)
        // Sources, side by side.
        html.append("<section><h2>Sources</h2><div class=\"columns\" style=\"--columns: \(max(1, sources.count))\">")
        for source in sources {
            var details: [String] = []
            if let agency = source.agency { details.append(source.ownReporting ? "agency \(e(agency))" : "wire copy of \(e(agency))") }
            if let date = source.date { details.append(e(date.description)) }
            if let dateline = source.dateline { details.append("dateline \(e(dateline))") }
            if let language = source.language { details.append("language \(e(language))") }
            html.append("""
                <article class="card"><h3>\(e(source.outlet))\(source.isFirst ? " <span class=\"badge\">first</span>" : "")</h3>
                <p class="title">\(e(source.title ?? "(no title)"))</p><p class="meta">\(details.joined(separator: " · "))</p></article>
                """)
        }
        html.append("</div></section>")
        // Summary and timeline.
        html.append("<section><h2>Summary</h2><ol class=\"summary\">")
        html += summary.map { "<li>\(e($0.statement.text)) \(tags($0.outlets))</li>" }
        html.append("</ol></section><section><h2>Timeline</h2><ol class=\"timeline\">")
        html += timeline.map { "<li><time>\(e($0.date.description))</time> \(e($0.description.text)) \(tags($0.outlets))</li>" }
        html.append("</ol></section>")
        // Shared facts: one row per fact, one column per outlet.
        html.append("<section><h2>What the sources share</h2><table class=\"facts\"><thead><tr>")
        html += outletNames.map { "<th>\(e($0))</th>" }
        html.append("</tr></thead><tbody>")
        for fact in sharedFacts {
            html.append("<tr>")
            for outlet in outletNames {
                let statements = fact.statements.filter { $0.outlet == outlet }.map { e($0.text) }
                html.append("<td>\(statements.isEmpty ? "<span class=\"none\">—</span>" : statements.joined(separator: "<br>"))</td>")
            }
            html.append("</tr>")
        }
        html.append("</tbody></table>")
        if !sharedTopics.isEmpty {
            html.append("<p class=\"topics\">Topics several sources discuss: " + sharedTopics.map { "<span class=\"topic\">\(e($0.phrase))</span>" }.joined(separator: " ") + "</p>")
        }
        html.append("</section>")
        // Unique facts, side by side.
        html.append("<section><h2>What only one source reports</h2><div class=\"columns\" style=\"--columns: \(max(1, uniqueFacts.count))\">")
        for outlet in uniqueFacts {
            // The most central first; the rest folded away, so that long reports stay readable.
            html.append("<div class=\"card\"><h3>\(e(outlet.outlet)) <span class=\"count\">\(outlet.facts.count)</span></h3><ul>")
            html += outlet.facts.prefix(Self.visibleFacts).map { "<li>\(e($0.text))</li>" }
            html.append("</ul>")
            if outlet.facts.count > Self.visibleFacts {
                html.append("<details><summary>\(outlet.facts.count - Self.visibleFacts) more</summary><ul>")
                html += outlet.facts.dropFirst(Self.visibleFacts).map { "<li>\(e($0.text))</li>" }
                html.append("</ul></details>")
            }
            html.append("</div>")
        }
        html.append("</div></section>")
        // Conflicts.
        html.append("<section><h2>Conflicts</h2>")
        if conflicts.isEmpty { html.append("<p class=\"none\">No conflicting figures or dates found.</p>") }
        for conflict in conflicts {
            html.append("<div class=\"conflict\"><h3>\(e(conflict.kind.rawValue)) about “\(e(conflict.about))”</h3><ul>")
            html += conflict.values.map { "<li><strong>\(e($0.outlet))</strong>: <mark>\(e($0.value))</mark> — \(e($0.statement.text))</li>" }
            html.append("</ul></div>")
        }
        html.append("</section>")
        // Roster and quotes.
        html.append("<section><h2>People, organisations, places</h2><table class=\"roster\"><thead><tr><th>Name</th><th>Type</th><th>As written</th></tr></thead><tbody>")
        for entry in roster {
            let aliases = entry.aliases.map { "\(e($0.form)) \(tags($0.outlets))" }.joined(separator: "; ")
            html.append("<tr><td>\(e(entry.name))</td><td>\(e(entry.type.rawValue))</td><td>\(aliases)</td></tr>")
        }
        html.append("</tbody></table></section><section><h2>Quotes</h2>")
        for entry in quotes where entry.kind == .direct {
            html.append("<div class=\"quote\"><h3>\(e(entry.speaker ?? "unknown speaker")) \(tags(entry.outlets))</h3>")
            html += entry.variants.map { "<blockquote><cite>\(e($0.outlet))</cite> \(e($0.quote.text))</blockquote>" }
            html.append("</div>")
        }
        html.append("</section></main><footer>Made by Parallax. Every sentence comes from the articles; tags name the sources that state it.</footer></body></html>")
        return html.joined(separator: "\n")
    }

    /// How many of a source's own facts the page shows before folding the rest.
    static let visibleFacts = 8

    /// The outlets in source order, each once.
    var uniqueOutlets: [String] {
        var seen = Set<String>()
        return sources.map(\.outlet).filter { seen.insert($0).inserted }
    }

    static let css = """
        :root { color-scheme: light; --ink: #1d2430; --muted: #5b6575; --line: #d9dee7; --accent: #2457c5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f7f9; }
        header { background: var(--ink); color: white; padding: 18px 32px; }
        header h1 { margin: 0; font-size: 22px; letter-spacing: .5px; }
        header p { margin: 4px 0 0; color: #c9d1de; }
        main { max-width: 1200px; margin: 0 auto; padding: 8px 32px 40px; }
        section { background: white; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-top: 18px; }
        h2 { margin: 0 0 12px; font-size: 18px; }
        h3 { margin: 0 0 6px; font-size: 15px; }
        .columns { display: grid; grid-template-columns: repeat(var(--columns), minmax(0, 1fr)); gap: 14px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; background: #fbfcfd; }
        .card ul { margin: 0; padding-left: 18px; }
        .card li { margin-bottom: 6px; }
        .title { font-weight: 600; margin: 0 0 4px; }
        .meta { color: var(--muted); margin: 0; font-size: 13px; }
        .badge { background: #e3f0e6; color: #1e6b34; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
        .tag { display: inline-block; background: #e8eefb; color: var(--accent); border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .summary li, .timeline li { margin-bottom: 8px; }
        time { font-weight: 700; margin-right: 6px; font-variant-numeric: tabular-nums; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: 8px 10px; }
        thead th { border-top: none; color: var(--muted); font-size: 13px; }
        .roster td:first-child { font-weight: 600; width: 22%; }
        .roster td:nth-child(2) { width: 12%; color: var(--muted); }
        .none { color: var(--muted); }
        .count { color: var(--muted); font-weight: 400; font-size: 13px; }
        details summary { cursor: pointer; color: var(--accent); margin: 6px 0; }
        .topic { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; margin: 2px; }
        .conflict mark { background: #ffe9a8; }
        blockquote { margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--accent); background: #f8f9fc; }
        cite { font-style: normal; font-weight: 700; margin-right: 6px; }
        footer { text-align: center; color: var(--muted); font-size: 13px; padding: 20px; }
        """
}
