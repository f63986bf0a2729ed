import Foundation

/// The usual lexical baseline for paraphrase pairs: TF-IDF cosine of the two sentences, a pair is 1 when the
/// cosine reaches a threshold. As scikit-learn's `TfidfVectorizer` defaults: lower-cased tokens of two word
/// characters or more, raw counts, smoothed IDF (ln((1 + n) / (1 + df)) + 1) fitted on the sentences given,
/// vectors of unit length.
public struct CosineBaseline: Sendable {
    private var documentFrequency: [String: Double] = [:]
    private var count = 0.0

    /// Fits the IDF on every sentence of the pairs (both sides).
    public init(pairs: [SentencePair]) {
        for pair in pairs {
            for sentence in [pair.a, pair.b] {
                for token in Set(Self.tokens(sentence)) { documentFrequency[token, default: 0] += 1 }
            }
        }
        count = Double(pairs.count * 2)
    }

    public func cosine(_ a: String, _ b: String) -> Double {
        let x = vector(a), y = vector(b)
        return x.reduce(0) { $0 + $1.value * (y[$1.key] ?? 0) }
    }

    /// The threshold on the cosine that gives the most correct answers on `pairs`, and that accuracy: set on the
    /// very file it is scored on, so the baseline's figure is optimistic.
    public func bestThreshold(_ pairs: [SentencePair]) -> (threshold: Double, cosines: [Double]) {
        let cosines = pairs.map { cosine($0.a, $0.b) }
        // Sweep the sorted cosines: at each cut, pairs at or above are 1.
        let order = cosines.indices.sorted { cosines[$0] < cosines[$1] }
        var correct = pairs.filter { $0.label == 0 }.count  // threshold above every cosine: all 0
        var best = (correct: correct, threshold: (order.last.map { cosines[$0] } ?? 0) + 1e-9)
        for position in order.indices.reversed() {
            let index = order[position]
            correct += pairs[index].label == 1 ? 1 : -1
            let threshold = cosines[index]
            // Ties: only a cut below every equal cosine is a real threshold.
            if position > 0, cosines[order[position - 1]] == threshold { continue }
            if correct >= best.correct { best = (correct, threshold) }
        }
        return (best.threshold, cosines)
    }

    private func vector(_ sentence: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        for token in Self.tokens(sentence) { counts[token, default: 0] += 1 }
        var weights = counts.mapValues { _ in 0.0 }
        for (token, frequency) in counts {
            weights[token] = frequency * (log((1 + count) / (1 + (documentFrequency[token] ?? 0))) + 1)
        }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? weights.mapValues { $0 / norm } : weights
    }

    /// scikit-learn's default tokens (`TFIDFVectors.tokens(of:)`).
    static func tokens(_ sentence: String) -> [String] {
        TFIDFVectors.tokens(of: sentence)
    }
}
