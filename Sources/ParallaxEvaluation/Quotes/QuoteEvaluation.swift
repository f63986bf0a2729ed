import Foundation
import ParallaxAnalysis
import ParallaxReading

/// Scores quote extraction against PolNeAR-style gold, for direct and for reported speech separately.
///
/// - Recall: a gold content span is found when a prediction of the same kind overlaps it by at least half of
///   the longer of the two.
/// - Precision: a prediction is right when at least half of it lies inside some gold content span of either
///   kind (the quoted part of a mixed attribution is a real quote).
/// - Exact: the share of found gold spans whose prediction has exactly their start and end.
/// - Speaker accuracy, on found quotes: the predicted speaker span overlaps the gold source span, or the
///   predicted speaker is the entity a mention inside the gold source belongs to, or shares its surname.
public struct QuoteEvaluation: Sendable {
    public struct Score: Sendable {
        public var gold = 0
        public var predicted = 0
        public var found = 0
        public var correctPredictions = 0
        public var exact = 0
        public var speakerCorrect = 0

        public var precision: Double { predicted == 0 ? 0 : Double(correctPredictions) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var exactShare: Double { found == 0 ? 0 : Double(exact) / Double(found) }
        public var speakerAccuracy: Double { found == 0 ? 0 : Double(speakerCorrect) / Double(found) }
    }

    public var articles = 0
    public var direct = Score()
    public var indirect = Score()
    /// Seconds spent analysing (reading the gold file excluded).
    public var analysisSeconds = 0.0
    /// Direct gold quotes that were missed or given the wrong speaker, for inspection.
    public var directErrors: [(kind: String, gold: String, source: String, predicted: String)] = []

    private struct GoldAttribution {
        var content: Range<Int>
        var direct: Bool
        var source: Range<Int>?
        var sourceText: String?
    }

    public init(goldPath: String, split: String?, analyzer: Analyzer = Analyzer()) throws {
        for record in try AttributionRecord.load(goldPath, split: split) {
            articles += 1
            let gold = record.attributions.map { attribution in
                GoldAttribution(content: attribution.content.range, direct: attribution.direct ?? false,
                                source: attribution.source?.range, sourceText: attribution.source?.text)
            }
            let started = Date()
            let analyzed = analyzer.analyze(Article(id: record.id, text: record.text, language: "en"))
            analysisSeconds += Date().timeIntervalSince(started)
            score(analyzed, gold: gold.filter { !$0.content.isEmpty })
        }
    }

    private mutating func score(_ analyzed: AnalyzedArticle, gold: [GoldAttribution]) {
        for kind in [Quote.Kind.direct, .indirect] {
            let predictions = analyzed.quotes.filter { $0.kind == kind }
            let goldOfKind = gold.filter { $0.direct == (kind == .direct) }
            var score = kind == .direct ? direct : indirect
            score.gold += goldOfKind.count
            score.predicted += predictions.count
            for prediction in predictions {
                let range = prediction.start..<prediction.end
                if gold.contains(where: { Self.overlap(range, $0.content) * 2 >= range.count }) { score.correctPredictions += 1 }
            }
            for item in goldOfKind {
                let matches = predictions.filter {
                    Self.overlap($0.start..<$0.end, item.content) * 2 >= max($0.end - $0.start, item.content.count)
                }
                let goldText = analyzed.article.text.scalars(item.content) ?? ""
                guard let match = matches.first else {
                    if kind == .direct {
                        let near = predictions.filter { Self.overlap($0.start..<$0.end, item.content) > 0 }.map(\.text)
                        directErrors.append(("missed", goldText, item.sourceText ?? "-", near.joined(separator: " | ")))
                    }
                    continue
                }
                score.found += 1
                if matches.contains(where: { $0.start == item.content.lowerBound && $0.end == item.content.upperBound }) {
                    score.exact += 1
                }
                if Self.sameSpeaker(match, item, analyzed) {
                    score.speakerCorrect += 1
                } else if kind == .direct {
                    directErrors.append(("speaker", goldText, item.sourceText ?? "-",
                                         "\(match.speaker ?? "nil") → \(match.speakerEntity ?? "nil") [\(match.cue ?? "no cue")]"))
                }
            }
            if kind == .direct { direct = score } else { indirect = score }
        }
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    private static func sameSpeaker(_ quote: Quote, _ gold: GoldAttribution, _ analyzed: AnalyzedArticle) -> Bool {
        guard let source = gold.source else { return false }
        if let start = quote.speakerStart, let end = quote.speakerEnd, overlap(start..<end, source) > 0 { return true }
        guard let speaker = quote.speakerEntity else { return false }
        // The gold source names the same entity: one of its mentions lies in the source span.
        let entity = analyzed.entities.first { $0.name == speaker }
        if let entity, entity.mentions.contains(where: { overlap($0.start..<$0.end, source) > 0 }) { return true }
        guard let surname = speaker.split(separator: " ").last, let sourceText = gold.sourceText else { return false }
        return sourceText.split(whereSeparator: { !$0.isLetter }).contains { $0 == surname }
    }
}
