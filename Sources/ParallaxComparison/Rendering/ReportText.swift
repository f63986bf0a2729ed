import ParallaxAnalysis

extension CoverageReport {
    /// The report as plain text for a terminal.
    public func renderText(factsPerOutlet: Int = 8) -> String {
        var lines: [String] = []
        func section(_ title: String) {
            lines.append("")
            lines.append("── \(title) " + String(repeating: "─", count: max(0, 60 - title.count)))
        }
        section("Sources")
        for source in sources {
            var parts = [source.outlet]
            if let agency = source.agency, agency != source.outlet { parts.append("wire copy of \(agency)") }
            if let date = source.date { parts.append(date.description) }
            if let dateline = source.dateline { parts.append("dateline \(dateline)") }
            if let language = source.language { parts.append(language) }
            if source.isFirst { parts.append("reported first") }
            lines.append("  " + parts.joined(separator: " · ") + (source.title.map { "\n    \($0)" } ?? ""))
        }
        section("Summary")
        for sentence in summary {
            lines.append("  \(sentence.statement.text) [\(sentence.outlets.joined(separator: ", "))]")
        }
        section("Timeline")
        for event in timeline {
            lines.append("  \(event.date)  [\(event.outlets.joined(separator: ", "))]  \(event.description.text)")
        }
        section("Shared facts")
        for fact in sharedFacts {
            lines.append("  • [\(fact.outlets.joined(separator: ", "))]")
            for statement in fact.statements { lines.append("      \(statement.outlet): \(statement.text)") }
        }
        section("Coverage of the main facts")
        lines += coverageText()
        section("Shared topics")
        for topic in sharedTopics {
            lines.append("  • \(topic.phrase) [\(topic.outlets.joined(separator: ", "))]")
            for statement in topic.statements { lines.append("      \(statement.outlet): \(statement.text)") }
        }
        section("Only one source")
        for outlet in uniqueFacts {
            lines.append("  \(outlet.outlet) (\(outlet.facts.count))")
            for statement in outlet.facts.prefix(factsPerOutlet) { lines.append("      \(statement.text)") }
            if outlet.facts.count > factsPerOutlet { lines.append("      … \(outlet.facts.count - factsPerOutlet) more (--json lists all)") }
        }
        section("Conflicts")
        if conflicts.isEmpty { lines.append("  none found") }
        for conflict in conflicts {
            lines.append("  \(conflict.kind.rawValue) about \(conflict.about):")
            for value in conflict.values { lines.append("      \(value.outlet): \(value.value) — \(value.statement.text)") }
        }
        section("People, organisations, places")
        for entry in roster.prefix(20) {
            let aliases = entry.aliases.map { "\($0.form) [\($0.outlets.joined(separator: ", "))]" }.joined(separator: "; ")
            lines.append("  \(entry.type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(entry.name): \(aliases)")
        }
        section("Quotes")
        for entry in quotes where entry.kind == .direct {
            lines.append("  \(entry.speaker ?? "unknown speaker") [\(entry.outlets.joined(separator: ", "))]")
            for variant in entry.variants { lines.append("      \(variant.outlet): \(variant.quote.text)") }
        }
        return lines.dropFirst().joined(separator: "\n") + "\n"
    }
}
