import ParallaxReading

extension CoverageReport {
    /// The coverage matrix as JSON: each main fact with the outlets that carry it and those that leave it out,
    /// then each outlet with the main facts it leaves out (indices into `facts`).
    func coverageJSON() -> String {
        var object = JSONObjectWriter()
        object.addRaw("outlets", Self.strings(coverage.outlets))
        object.addRaw("facts", Self.array(coverage.facts) { row in
            var item = JSONObjectWriter()
            item.add("shared_fact", row.fact)
            item.add("text", row.statement.text)
            item.add("outlet", row.statement.outlet)
            item.addRaw("carried_by", Self.strings(zip(coverage.outlets, row.carried).filter(\.1).map(\.0)))
            item.addRaw("left_out_by", Self.strings(zip(coverage.outlets, row.carried).filter { !$0.1 }.map(\.0)))
            return item.text
        })
        object.addRaw("left_out", Self.array(Array(coverage.outlets.enumerated())) { index, outlet in
            var item = JSONObjectWriter()
            item.add("outlet", outlet)
            item.addRaw("facts", "[" + coverage.leftOut(by: index).map(String.init).joined(separator: ",") + "]")
            return item.text
        })
        return object.text
    }

    /// The coverage matrix for a terminal: one row per main fact, one column per outlet (■ carries, · not).
    func coverageText() -> [String] {
        guard !coverage.facts.isEmpty else { return ["  no fact is stated by two outlets"] }
        var lines = ["  columns: " + coverage.outlets.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " · ")]
        for (number, row) in coverage.facts.enumerated() {
            let cells = String(row.carried.map { $0 ? "■" : "·" })
            let count = row.carried.filter { $0 }.count
            let text = row.statement.text.count > 110 ? row.statement.text.prefix(109) + "…" : Substring(row.statement.text)
            lines.append("  \(String(number + 1).padding(toLength: 3, withPad: " ", startingAt: 0)) \(cells)  \(count)/\(coverage.outlets.count)  \(text)")
        }
        let gaps = coverage.outlets.indices.compactMap { index -> String? in
            let missing = coverage.leftOut(by: index)
            return missing.isEmpty ? nil : "\(coverage.outlets[index]): \(missing.map { String($0 + 1) }.joined(separator: ", "))"
        }
        lines.append("  left out — " + (gaps.isEmpty ? "every outlet carries every main fact" : gaps.joined(separator: "; ")))
        return lines
    }
}
