import ParallaxAnalysis
import ParallaxReading

/// Where the sources disagree: figures and dates of statements linked as one fact (`alignment.links`).
///
/// Figures conflict by this rule:
/// 1. Only statements of different outlets linked as the same fact are compared: never two statements of one
///    article, nor of one outlet.
/// 2. Only figures of the same quantity: the same unit (dollars, euros, percent, none) and the same thing
///    counted (the head noun of the counted words: "Libyan civilians" is "civilians"); a bare number, with neither
///    a unit nor a counted thing, only with a bare number after the same word ("rose to 38" and "rose to 41",
///    "a crowd of 5,000"), or else before the same word ("77 have been deported" and "53 have been deported");
///    a rank ("the third day") is not compared.
/// 3. The values must disagree beyond rounding and qualifiers (`Figure.agrees(with:)`): "about 2 million"
///    agrees with "2.1 million", "2m" with "2,400,000", "more than 100" with "120".
/// 4. Not when the other value is there too: when a statement also gives a figure of that quantity agreeing
///    with the other side's, or each outlet gives the other's value in another statement linked with the other
///    side's, the two figures are two quantities ("46 percent … 41 percent"), not a disagreement.
/// Disagreeing figures joined through shared statements form one conflict; each side is an outlet, its words
/// and its sentence, once per outlet and wording.
extension ReportBuilder {
    func conflicts() -> [CoverageReport.Conflict] {
        figureConflicts() + dateConflicts()
    }

    // MARK: Figures

    /// One figure of one statement.
    private struct Side: Hashable {
        var profile: Int
        var figure: Int
    }

    func figureConflicts() -> [CoverageReport.Conflict] {
        var figuresOfProfile: [Int: [Figure]] = [:]
        func quantities(_ profile: Int) -> [Figure] {
            if let known = figuresOfProfile[profile] { return known }
            let found = figures(of: profile).filter { quantityKey($0) != nil }
            figuresOfProfile[profile] = found
            return found
        }
        // The statements each statement is linked with: where an outlet may also give the other's value.
        var linked: [Int: [Int]] = [:]
        for (a, b, _) in alignment.links {
            linked[a, default: []].append(b)
            linked[b, default: []].append(a)
        }
        /// Whether a statement linked with `profile` and of the same outlet as `outlet` gives a value agreeing with `value`.
        func carries(_ outlet: String, near profile: Int, _ value: Figure, _ key: String) -> Bool {
            (linked[profile] ?? []).contains { other in
                outlets[alignment.profiles[other].article] == outlet
                    && quantities(other).contains { quantityKey($0) == key && $0.agrees(with: value) }
            }
        }
        // Disagreeing sides, joined into groups (union-find over sides) within one quantity.
        var sides: [Side] = []
        var sideIndex: [Side: Int] = [:]
        var parent: [Int] = []
        var keyOfSide: [Int: String] = [:]
        func node(_ side: Side, _ key: String) -> Int {
            if let known = sideIndex[side] { return known }
            sideIndex[side] = sides.count
            sides.append(side)
            parent.append(parent.count)
            keyOfSide[sides.count - 1] = key
            return sides.count - 1
        }
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (a, b, _) in alignment.links {
            let articleA = alignment.profiles[a].article, articleB = alignment.profiles[b].article
            guard articleA != articleB, outlets[articleA] != outlets[articleB] else { continue }
            let left = quantities(a), right = quantities(b)
            for (i, x) in left.enumerated() {
                let key = quantityKey(x)!
                for (j, y) in right.enumerated() where quantityKey(y) == key && !x.agrees(with: y) {
                    // The other's value in the same statement: two quantities, not one in dispute.
                    if left.contains(where: { quantityKey($0) == key && $0.agrees(with: y) })
                        || right.contains(where: { quantityKey($0) == key && $0.agrees(with: x) }) { continue }
                    // Each outlet also gives the other's value, in another statement of the fact.
                    if carries(outlets[articleA], near: b, y, key), carries(outlets[articleB], near: a, x, key) { continue }
                    let first = node(Side(profile: a, figure: i), key), second = node(Side(profile: b, figure: j), key)
                    let (rootA, rootB) = (root(first), root(second))
                    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in sides.indices {
            let group = root(index)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(index)
        }
        return order.map { group in
            let members = groups[group]!.map { sides[$0] }
                .sorted { (alignment.profiles[$0.profile].article, $0.profile, $0.figure) < (alignment.profiles[$1.profile].article, $1.profile, $1.figure) }
            var seen = Set<String>()
            var values: [CoverageReport.Conflict.Value] = []
            var counted: [String] = []
            for side in members {
                let figure = quantities(side.profile)[side.figure]
                let outlet = outlets[alignment.profiles[side.profile].article]
                if let words = figure.counted { counted.append(words) }
                guard seen.insert(outlet + "\u{1F}" + figure.text).inserted else { continue }
                values.append(CoverageReport.Conflict.Value(outlet: outlet, value: figure.text, statement: statement(side.profile)))
            }
            let unit = quantities(members[0].profile)[members[0].figure].unit
            return CoverageReport.Conflict(kind: .figure, about: heading(counted: counted, unit: unit), values: values)
        }
    }

    /// Whether two statements give different values for one quantity by rules 2 and 3, where a statement that
    /// also gives the other's value agrees (rule 4, within the two statements). The summary tags a sentence only
    /// with the outlets whose statement agrees with it.
    func figuresDisagree(_ a: Int, _ b: Int) -> Bool {
        let left = figures(of: a).filter { quantityKey($0) != nil }
        guard !left.isEmpty else { return false }
        let right = figures(of: b).filter { quantityKey($0) != nil }
        for x in left {
            let key = quantityKey(x)
            for y in right where quantityKey(y) == key && !x.agrees(with: y) {
                if left.contains(where: { quantityKey($0) == key && $0.agrees(with: y) })
                    || right.contains(where: { quantityKey($0) == key && $0.agrees(with: x) }) { continue }
                return true
            }
        }
        return false
    }

    /// The counted thing as most sides write it ("civilians"), else what the unit measures ("amount in dollars").
    private func heading(counted: [String], unit: String?) -> String {
        var frequency: [String: Int] = [:]
        for words in counted { frequency[words, default: 0] += 1 }
        // The most written, then the shortest, then the first in alphabetical order: the same heading on every run.
        if let common = frequency.max(by: { ($0.value, $1.key.count, $1.key) < ($1.value, $0.key.count, $0.key) })?.key {
            return common
        }
        return unit.flatMap { Self.unitNames[$0] } ?? "figure"
    }

    private static let unitNames: [String: String] = [
        "USD": "amount in dollars", "EUR": "amount in euros", "GBP": "amount in pounds", "JPY": "amount in yen",
        "percent": "percentage", "percentage points": "change in percentage points",
    ]

    private func figures(of profile: Int) -> [Figure] {
        let item = alignment.profiles[profile]
        return articles[item.article].figures.filter { $0.start >= item.start && $0.end <= item.end }
    }

    /// The quantity a figure measures: its unit and the stem of its counted words' head noun ("civilians" and
    /// "Libyan civilians" are one quantity, "civilians" and "civilian deaths" two). A bare number is about the
    /// content word before it ("turned 18", "aged 36"); nil for a rank or a bare number after a function word.
    private func quantityKey(_ figure: Figure) -> String? {
        guard !figure.isOrdinal else { return nil }
        func stem(_ word: Substring) -> String { EnglishStemmer.stem(SpellingKey.american(TextNormalizer.fold(String(word)))) }
        if let head = figure.counted?.split(separator: " ").last { return (figure.unit ?? "") + "|" + stem(head) }
        if let unit = figure.unit { return unit + "|" }
        if let before = figure.preceding, before.count > 2, !StopWords.shipped.contains(before, language: "en") {
            return "after|" + stem(Substring(before))
        }
        guard let after = figure.following, after.count > 2 else { return nil }
        return "before|" + stem(Substring(after))
    }

    // MARK: Dates

    /// One fact, two different days.
    func dateConflicts() -> [CoverageReport.Conflict] {
        var conflicts: [CoverageReport.Conflict] = []
        for (a, b, _) in alignment.links {
            let first = alignment.profiles[a], second = alignment.profiles[b]
            guard first.article != second.article, outlets[first.article] != outlets[second.article] else { continue }
            if first.days.count == 1, second.days.count == 1, first.days[0] != second.days[0] {
                conflicts.append(CoverageReport.Conflict(
                    kind: .date, about: sharedWords(a, b),
                    values: [(a, first.days[0]), (b, second.days[0])].map { profile, day in
                        CoverageReport.Conflict.Value(outlet: outlets[alignment.profiles[profile].article],
                                                      value: day.description, statement: statement(profile))
                    }))
            }
        }
        return conflicts
    }

    /// Up to five content words both statements use, as the first writes them, in its order: "awarded Monday
    /// raise", not the stems "awar monday rais".
    private func sharedWords(_ a: Int, _ b: Int) -> String {
        let first = alignment.profiles[a], second = alignment.profiles[b]
        var seen = Set<String>()
        var words: [String] = []
        for word in first.text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) where words.count < 5 {
            let stem = EnglishStemmer.stem(SpellingKey.american(TextNormalizer.fold(String(word))))
            let key = "w:" + stem
            guard first.features[key] != nil, second.features[key] != nil, seen.insert(stem).inserted else { continue }
            words.append(String(word))
        }
        return words.joined(separator: " ")
    }
}
