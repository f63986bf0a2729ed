/// Scores of a sentence matcher on labelled pairs, beside the TF-IDF cosine baseline with its threshold set on
/// the same pairs.
public struct AlignmentEvaluation: Sendable {
    public var pairs: Int
    public var matcher: BinaryScores
    public var baseline: BinaryScores
    public var baselineThreshold: Double
    /// The share of pairs labelled 1: the accuracy of answering 1 every time.
    public var positiveShare: Double

    /// `predictions[i]` is the matcher's answer for `pairs[i]`.
    public init(pairs: [SentencePair], predictions: [Bool]) {
        precondition(pairs.count == predictions.count, "one prediction per pair")
        let gold = pairs.map(\.label)
        self.pairs = pairs.count
        matcher = BinaryScores(gold: gold, predicted: predictions)
        let cosine = CosineBaseline(pairs: pairs)
        let (threshold, cosines) = cosine.bestThreshold(pairs)
        baselineThreshold = threshold
        baseline = BinaryScores(gold: gold, predicted: cosines.map { $0 >= threshold })
        positiveShare = pairs.isEmpty ? 0 : Double(gold.filter { $0 == 1 }.count) / Double(pairs.count)
    }
}
