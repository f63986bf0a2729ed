import Foundation
import ParallaxAnalysis
import ParallaxReading

/// A proxy measure of person recognition on quote-attribution gold (PolNeAR): the sources of attributions
/// that begin with a name are named speakers, nearly all of them people.
///
/// - Gold: each attribution source whose text opens with a capitalised run that is a name (optionally after a
///   title: "Sen. Ted Cruz", "Clinton, the former secretary of State"), and not a pronoun, a possessive
///   ("Obama's former strategist"), a place, an acronym or an organisation by its head noun.
/// - Recall: the share of gold names that a predicted person mention overlaps.
/// - Precision: of the predicted mentions of any type that overlap a gold name, the share typed person.
/// - Exact: of the gold names found, the share whose predicted mention has exactly the name's span.
public struct PersonSpanEvaluation: Sendable {
    public var articles = 0
    public var goldNames = 0
    public var found = 0
    public var exact = 0
    public var overlappingPredictions = 0
    public var overlappingPersons = 0
    /// Gold names no person mention overlapped, with what was predicted there instead ("" for nothing).
    public var misses: [(name: String, predicted: String)] = []

    public var recall: Double { goldNames == 0 ? 0 : Double(found) / Double(goldNames) }
    public var precision: Double { overlappingPredictions == 0 ? 0 : Double(overlappingPersons) / Double(overlappingPredictions) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var exactShare: Double { found == 0 ? 0 : Double(exact) / Double(found) }

    /// Scores the analyzer on each line of a PolNeAR-style JSONL file (`split` filters by the `split` field).
    public init(goldPath: String, split: String?, analyzer: Analyzer = Analyzer()) throws {
        let gazetteer = Gazetteer.shipped
        for record in try AttributionRecord.load(goldPath, split: split) {
            articles += 1
            let text = record.text
            let analyzed = analyzer.analyze(Article(id: record.id, text: text, language: "en"))
            let predictions = analyzed.entities.flatMap { entity in entity.mentions.map { ($0, entity.type) } }
            var seen = Set<Int>()
            for attribution in record.attributions {
                guard let source = attribution.source, seen.insert(source.start).inserted,
                      let name = Self.leadingName(of: text, start: source.start, end: source.end, gazetteer: gazetteer)
                else { continue }
                goldNames += 1
                let overlapping = predictions.filter { $0.0.start < name.upperBound && name.lowerBound < $0.0.end }
                overlappingPredictions += overlapping.count
                overlappingPersons += overlapping.filter { $0.1 == .person }.count
                if let person = overlapping.first(where: { $0.1 == .person }) {
                    found += 1
                    if person.0.start == name.lowerBound && person.0.end == name.upperBound { exact += 1 }
                } else {
                    misses.append((text.scalars(name) ?? "", overlapping.map { "\($0.1.rawValue): \($0.0.text)" }.joined(separator: ", ")))
                }
            }
        }
    }

    /// The scalar range of the name a source span opens with, or nil when it does not open with one.
    static func leadingName(of text: String, start: Int, end: Int, gazetteer: Gazetteer) -> Range<Int>? {
        guard start < end, let source = text.scalars(start..<end) else { return nil }
        let words = source.split(separator: " ", omittingEmptySubsequences: false)
        var offset = start
        var nameStart: Int?
        var nameEnd = start
        var nameWords: [String] = []
        for word in words {
            defer { offset += word.unicodeScalars.count + 1 }
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.\"“”()"))
            let isTitle = ["sen.", "rep.", "gov.", "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "president", "sen", "gov"]
                .contains(bare.lowercased())
            if nameStart == nil, isTitle { continue }
            guard let first = bare.first, first.isUppercase, !word.hasSuffix("'s"), !word.hasSuffix("’s") else { break }
            if nameStart == nil { nameStart = offset }
            nameWords.append(bare)
            nameEnd = offset + bare.unicodeScalars.count
            if word.hasSuffix(",") { break }
        }
        guard let nameStart, !nameWords.isEmpty else { return nil }
        let lower = nameWords.map { $0.lowercased() }
        let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "this", "that", "these",
                                     "those", "his", "her", "their", "its", "some", "many", "most", "both", "each", "one"]
        if pronouns.contains(lower[0]) { return nil }
        // A word the article also writes in lower case is a common word ("Several", "Republicans" is kept out
        // by the next test): "Lawmakers said" names no one.
        if nameWords.count == 1, text.contains(" " + lower[0] + " ") { return nil }
        let groups: Set<String> = ["republicans", "democrats", "republican", "democratic", "conservatives", "liberals"]
        if groups.contains(lower[0]) { return nil }
        let phrase = nameWords.joined(separator: " ")
        if gazetteer.place(named: phrase) != nil { return nil }
        if nameWords.count == 1, nameWords[0].count <= 6, nameWords[0].allSatisfy({ $0.isUppercase || $0 == "." }) { return nil }
        let organizationHeads: Set<String> = [
            "house", "department", "ministry", "committee", "council", "campaign", "party", "court", "office", "agency",
            "news", "times", "post", "journal", "network", "university", "institute", "center", "centre", "company",
            "inc.", "corp.", "group", "association", "foundation", "administration", "government", "commission",
            "congress", "senate", "board", "bureau", "service", "police", "army", "fund", "bank", "league", "union",
        ]
        if lower.contains(where: organizationHeads.contains) { return nil }
        return nameStart..<nameEnd
    }
}
