import Foundation

/// How well predicted clusters match gold classes: B³ (Bagga & Baldwin 1998) and pairwise precision, recall and
/// F1, the adjusted Rand index (Hubert & Arabie 1985) and normalised mutual information (arithmetic mean of the
/// entropies, as scikit-learn computes it by default).
public struct ClusteringScores: Sendable, Equatable {
    public var b3Precision: Double
    public var b3Recall: Double
    public var b3F1: Double
    public var pairPrecision: Double
    public var pairRecall: Double
    public var pairF1: Double
    public var adjustedRandIndex: Double
    public var normalizedMutualInformation: Double
    public var items: Int
    public var clusters: Int
    public var classes: Int

    /// `predicted[i]` and `gold[i]` are the cluster and the class of item i.
    public init(predicted: [String], gold: [String]) {
        precondition(predicted.count == gold.count)
        let n = predicted.count
        items = n
        var clusterSizes: [String: Int] = [:], classSizes: [String: Int] = [:], joint: [String: [String: Int]] = [:]
        for (cluster, goldClass) in zip(predicted, gold) {
            clusterSizes[cluster, default: 0] += 1
            classSizes[goldClass, default: 0] += 1
            joint[cluster, default: [:]][goldClass, default: 0] += 1
        }
        clusters = clusterSizes.count
        classes = classSizes.count
        // B³: per item, the share of its cluster in its class and of its class in its cluster.
        var precisionSum = 0.0, recallSum = 0.0
        for (cluster, row) in joint {
            for (goldClass, count) in row {
                precisionSum += Double(count * count) / Double(clusterSizes[cluster]!)
                recallSum += Double(count * count) / Double(classSizes[goldClass]!)
            }
        }
        b3Precision = n == 0 ? 0 : precisionSum / Double(n)
        b3Recall = n == 0 ? 0 : recallSum / Double(n)
        b3F1 = Self.harmonic(b3Precision, b3Recall)
        // Pairs: pairs together in both, in the prediction, in the gold.
        func pairs(_ k: Int) -> Double { Double(k) * Double(k - 1) / 2 }
        let together = joint.values.flatMap(\.values).reduce(0) { $0 + pairs($1) }
        let predictedPairs = clusterSizes.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = classSizes.values.reduce(0) { $0 + pairs($1) }
        pairPrecision = predictedPairs == 0 ? 1 : together / predictedPairs
        pairRecall = goldPairs == 0 ? 1 : together / goldPairs
        pairF1 = Self.harmonic(pairPrecision, pairRecall)
        let expected = predictedPairs * goldPairs / max(pairs(n), 1)
        let maximum = (predictedPairs + goldPairs) / 2
        adjustedRandIndex = maximum == expected ? 1 : (together - expected) / (maximum - expected)
        // NMI.
        func entropy(_ sizes: [String: Int]) -> Double {
            sizes.values.reduce(0) { total, size in
                let p = Double(size) / Double(n)
                return total - p * log(p)
            }
        }
        var mutual = 0.0
        for (cluster, row) in joint {
            for (goldClass, count) in row {
                let pJoint = Double(count) / Double(n)
                mutual += pJoint * log(pJoint / (Double(clusterSizes[cluster]!) / Double(n) * Double(classSizes[goldClass]!) / Double(n)))
            }
        }
        let entropies = (entropy(clusterSizes) + entropy(classSizes)) / 2
        normalizedMutualInformation = entropies == 0 ? 1 : mutual / entropies
    }

    static func harmonic(_ a: Double, _ b: Double) -> Double {
        a + b == 0 ? 0 : 2 * a * b / (a + b)
    }
}
