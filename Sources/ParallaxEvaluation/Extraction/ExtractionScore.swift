/// Precision, recall and F1 over a set of pages, as the article-extraction-benchmark reports them:
/// precision and recall are averaged over pages, and F1 is the harmonic mean of the two averages.
public struct ExtractionScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Share of pages whose extracted tokens equal the true tokens exactly.
    public var accuracy: Double
    public var pages: Int

    public init(matches: [ShingleMatch], exactPages: Int = 0) {
        // Pages with nothing predicted have no precision; pages with nothing true have no recall.
        let precisions = matches.filter { $0.truePositives + $0.falsePositives > 0 }.map(\.precision)
        let recalls = matches.filter { $0.truePositives + $0.falseNegatives > 0 }.map(\.recall)
        precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        accuracy = matches.isEmpty ? 0 : Double(exactPages) / Double(matches.count)
        pages = matches.count
    }

    /// The 95% half-width (1.96 standard deviations) of F1, precision and recall over bootstrap resamples
    /// of the pages. A fixed seed keeps the figure the same from run to run.
    public static func confidence(of matches: [ShingleMatch], resamples: Int = 1000, seed: UInt64 = 42)
        -> (precision: Double, recall: Double, f1: Double)
    {
        guard matches.count > 1 else { return (0, 0, 0) }
        var generator = SplitMix64(seed: seed)
        var precisions: [Double] = [], recalls: [Double] = [], f1s: [Double] = []
        for _ in 0..<resamples {
            let sample = (0..<matches.count).map { _ in matches[Int(generator.next() % UInt64(matches.count))] }
            let score = ExtractionScore(matches: sample)
            precisions.append(score.precision)
            recalls.append(score.recall)
            f1s.append(score.f1)
        }
        return (1.96 * standardDeviation(precisions), 1.96 * standardDeviation(recalls), 1.96 * standardDeviation(f1s))
    }

    private static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return variance.squareRoot()
    }
}

/// A small, seedable random number generator (Vigna's SplitMix64), for reproducible resampling.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
