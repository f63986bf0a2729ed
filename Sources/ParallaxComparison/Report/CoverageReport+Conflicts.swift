import ParallaxAnalysis
import ParallaxReading

/// Where the sources disagree: figures and dates of statements linked as one fact.
extension ReportBuilder {
    func conflicts() -> [CoverageReport.Conflict] {
        var conflicts: [CoverageReport.Conflict] = []
        var figureGroups: [String: [CoverageReport.Conflict.Value]] = [:]
        var figureOrder: [String] = []
        var seenPairs = Set<String>()
        for (a, b, _) in alignment.links {
            let first = alignment.profiles[a], second = alignment.profiles[b]
            guard outlets[first.article] != outlets[second.article] else { continue }
            // Figures: the same thing counted, in the same unit, with different values.
            for x in figures(of: a) {
                for y in figures(of: b) where x.isOrdinal == y.isOrdinal && !x.isOrdinal && x.unit == y.unit
                    && countedKey(x) != nil && countedKey(x) == countedKey(y) && x.value != y.value {
                    let key = countedKey(x)!
                    if figureGroups[key] == nil { figureOrder.append(key) }
                    for (figure, profile) in [(x, a), (y, b)] {
                        let pairKey = "\(key)|\(profile)|\(figure.start)"
                        guard seenPairs.insert(pairKey).inserted else { continue }
                        figureGroups[key, default: []].append(CoverageReport.Conflict.Value(
                            outlet: outlets[alignment.profiles[profile].article], value: figure.text, statement: statement(profile)))
                    }
                }
            }
            // Dates: one fact, two different days.
            if first.days.count == 1, second.days.count == 1, first.days[0] != second.days[0] {
                conflicts.append(CoverageReport.Conflict(
                    kind: .date, about: sharedWords(a, b),
                    values: [(a, first.days[0]), (b, second.days[0])].map { profile, day in
                        CoverageReport.Conflict.Value(outlet: outlets[alignment.profiles[profile].article],
                                                      value: day.description, statement: statement(profile))
                    }))
            }
        }
        for key in figureOrder {
            let values = figureGroups[key]!
            guard Set(values.map(\.value)).count >= 2 else { continue }
            conflicts.insert(CoverageReport.Conflict(kind: .figure, about: key, values: values), at: 0)
        }
        return conflicts
    }

    private func figures(of profile: Int) -> [Figure] {
        let item = alignment.profiles[profile]
        return articles[item.article].figures.filter { $0.start >= item.start && $0.end <= item.end }
    }

    /// What a figure counts, reduced to its head noun's stem: "civilians" and "civilian deaths" differ, "Libyan
    /// civilians" and "civilians" do not.
    private func countedKey(_ figure: Figure) -> String? {
        if let counted = figure.counted?.split(separator: " ").last {
            return EnglishStemmer.stem(SpellingKey.american(TextNormalizer.fold(String(counted))))
        }
        return figure.unit
    }

    private func sharedWords(_ a: Int, _ b: Int) -> String {
        let first = alignment.profiles[a].features.keys.filter { $0.hasPrefix("w:") }
        let shared = first.filter { alignment.profiles[b].features[$0] != nil }.map { String($0.dropFirst(2)) }.sorted()
        return shared.prefix(5).joined(separator: " ")
    }
}
