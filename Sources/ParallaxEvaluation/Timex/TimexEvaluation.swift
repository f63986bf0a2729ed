import ParallaxAnalysis

/// Scores predicted temporal expressions against gold as TempEval-3 task A does, on character spans:
///
/// - In each document, predicted spans (trimmed of surrounding white space) are paired one-to-one with gold
///   spans: identical spans first, then, greedily, the pairs with the largest overlap.
/// - Extent, strict: a pair counts when its spans are identical; relaxed: when they overlap by at least one
///   character. P = counted pairs / predicted spans, R = counted pairs / gold spans, summed over documents.
/// - Value: accuracy = relaxed pairs whose value strings are equal / relaxed pairs; value F1 = accuracy ×
///   relaxed F1 (the F1 of pairs that overlap and agree on the value). Type likewise.
public struct TimexEvaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var gold = 0
        public var predicted = 0
        public var strict = 0
        public var relaxed = 0
        public var valueCorrect = 0
        public var typeCorrect = 0
    }

    public private(set) var counts = Counts()
    public private(set) var documents = 0
    /// Per gold type (DATE, TIME, DURATION, SET): its gold spans, found (relaxed) and with the right value.
    public private(set) var byType: [String: (gold: Int, found: Int, valueCorrect: Int)] = [:]
    /// Relaxed pairs with different values, for inspection: (document, gold, predicted).
    public private(set) var valueErrors: [(document: String, gold: Timex, predicted: Timex)] = []
    public private(set) var missed: [(document: String, gold: Timex)] = []
    public private(set) var spurious: [(document: String, predicted: Timex)] = []

    public init() {}

    public mutating func add(document: String, text: String, gold: [Timex], predicted: [Timex]) {
        documents += 1
        let scalars = Array(text.unicodeScalars)
        let predicted = predicted.compactMap { Self.trimmed($0, in: scalars) }
        counts.gold += gold.count
        counts.predicted += predicted.count
        for timex in gold { byType[timex.type.rawValue, default: (0, 0, 0)].gold += 1 }
        var goldTaken = Array(repeating: false, count: gold.count)
        var predictedTaken = Array(repeating: false, count: predicted.count)
        func pair(_ g: Int, _ p: Int) {
            goldTaken[g] = true
            predictedTaken[p] = true
            counts.relaxed += 1
            if gold[g].start == predicted[p].start && gold[g].end == predicted[p].end { counts.strict += 1 }
            byType[gold[g].type.rawValue, default: (0, 0, 0)].found += 1
            if gold[g].value == predicted[p].value {
                counts.valueCorrect += 1
                byType[gold[g].type.rawValue, default: (0, 0, 0)].valueCorrect += 1
            } else {
                valueErrors.append((document, gold[g], predicted[p]))
            }
            if gold[g].type == predicted[p].type { counts.typeCorrect += 1 }
        }
        // Identical spans first.
        for g in gold.indices {
            if let p = predicted.indices.first(where: { !predictedTaken[$0] && predicted[$0].start == gold[g].start
                && predicted[$0].end == gold[g].end }) {
                pair(g, p)
            }
        }
        // Then the largest overlaps, one-to-one.
        var overlaps: [(overlap: Int, gold: Int, predicted: Int)] = []
        for g in gold.indices where !goldTaken[g] {
            for p in predicted.indices where !predictedTaken[p] {
                let overlap = min(gold[g].end, predicted[p].end) - max(gold[g].start, predicted[p].start)
                if overlap > 0 { overlaps.append((overlap, g, p)) }
            }
        }
        overlaps.sort { ($0.overlap, $1.gold, $1.predicted) > ($1.overlap, $0.gold, $0.predicted) }
        for candidate in overlaps where !goldTaken[candidate.gold] && !predictedTaken[candidate.predicted] {
            pair(candidate.gold, candidate.predicted)
        }
        for g in gold.indices where !goldTaken[g] { missed.append((document, gold[g])) }
        for p in predicted.indices where !predictedTaken[p] { spurious.append((document, predicted[p])) }
    }

    /// A predicted span without the white space around it; nil when nothing but white space is left.
    static func trimmed(_ timex: Timex, in scalars: [Unicode.Scalar]) -> Timex? {
        var start = max(0, timex.start)
        var end = min(scalars.count, timex.end)
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard start < end else { return nil }
        var trimmed = timex
        trimmed.start = start
        trimmed.end = end
        trimmed.text = String(String.UnicodeScalarView(scalars[start..<end]))
        return trimmed
    }

    // MARK: Scores

    public var strictPrecision: Double { Self.ratio(counts.strict, counts.predicted) }
    public var strictRecall: Double { Self.ratio(counts.strict, counts.gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { Self.ratio(counts.relaxed, counts.predicted) }
    public var relaxedRecall: Double { Self.ratio(counts.relaxed, counts.gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    public var valueAccuracy: Double { Self.ratio(counts.valueCorrect, counts.relaxed) }
    public var valueF1: Double { valueAccuracy * relaxedF1 }
    public var typeAccuracy: Double { Self.ratio(counts.typeCorrect, counts.relaxed) }
    public var typeF1: Double { typeAccuracy * relaxedF1 }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
