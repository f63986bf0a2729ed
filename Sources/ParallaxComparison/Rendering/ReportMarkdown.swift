import ParallaxAnalysis

extension CoverageReport {
    /// The report as Markdown, for notes, tickets and wikis.
    public func renderMarkdown() -> String {
        func escape(_ text: String) -> String {
            var result = ""
            for character in text {
                if "\\`*_[]<>|#".contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }
        func outlets(_ names: [String]) -> String { "*(" + names.map(escape).joined(separator: ", ") + ")*" }
        var lines = ["# Coverage of \(sources.count) report\(sources.count == 1 ? "" : "s")", "", "## Sources", ""]
        lines.append("| Outlet | Agency | Date | Dateline | Language | Title |")
        lines.append("|---|---|---|---|---|---|")
        for source in sources {
            let outlet = escape(source.outlet) + (source.isFirst ? " (first)" : "")
            let agency = source.agency.map { escape($0) + (source.ownReporting ? "" : ", wire copy") } ?? ""
            lines.append("| \(outlet) | \(agency) | \(source.date?.description ?? "") | \(escape(source.dateline ?? "")) | \(source.language ?? "") | \(escape(source.title ?? "")) |")
        }
        lines += ["", "## Summary", ""]
        lines += summary.map { "- \(escape($0.statement.text)) \(outlets($0.outlets))" }
        lines += ["", "## Timeline", ""]
        lines += timeline.map { "- **\($0.date)** \(escape($0.description.text)) \(outlets($0.outlets))" }
        lines += ["", "## What the sources share", ""]
        for fact in sharedFacts {
            lines.append("- \(outlets(fact.outlets))")
            lines += fact.statements.map { "  - **\(escape($0.outlet))**: \(escape($0.text))" }
        }
        if !sharedTopics.isEmpty {
            lines += ["", "Topics several sources discuss: " + sharedTopics.map { "“\(escape($0.phrase))” \(outlets($0.outlets))" }.joined(separator: "; ")]
        }
        lines += ["", "## What only one source reports", ""]
        for outlet in uniqueFacts {
            lines.append("### \(escape(outlet.outlet))")
            lines.append("")
            lines += outlet.facts.map { "- \(escape($0.text))" }
            lines.append("")
        }
        lines += ["## Conflicts", ""]
        if conflicts.isEmpty { lines.append("None found.") }
        for conflict in conflicts {
            lines.append("- \(conflict.kind.rawValue) about *\(escape(conflict.about))*:")
            lines += conflict.values.map { "  - **\(escape($0.outlet))**: \(escape($0.value)) — \(escape($0.statement.text))" }
        }
        lines += ["", "## People, organisations, places", ""]
        for entry in roster {
            let aliases = entry.aliases.map { "\(escape($0.form)) \(outlets($0.outlets))" }.joined(separator: ", ")
            lines.append("- **\(escape(entry.name))** (\(entry.type.rawValue)): \(aliases)")
        }
        lines += ["", "## Quotes", ""]
        for entry in quotes where entry.kind == .direct {
            lines.append("- **\(escape(entry.speaker ?? "unknown speaker"))** \(outlets(entry.outlets))")
            lines += entry.variants.map { "  - \(escape($0.outlet)): \(escape($0.quote.text))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
