import Foundation
import ParallaxAnalysis
import ParallaxReading

/// The plain method Parallax's clusterer is measured against: the same TF-IDF vectors, each article compared
/// with the centroid of every event so far (no index, no dates, no specific terms), joining the closest one
/// above a threshold. Its cost grows with the number of events.
public struct NearestCentroidBaseline: Sendable {
    private var documentFrequency: [UInt64: Int32] = [:]
    private var articles = 0
    private var centroids: [[UInt64: Float]] = []
    private var norms: [Float] = []
    private let stopWords: StopWordHashes
    public let threshold: Float

    public init(threshold: Float = 0.16, stopWords: StopWords = .shipped) {
        self.threshold = threshold
        self.stopWords = StopWordHashes(stopWords)
    }

    /// The event the article joins (an index).
    public mutating func add(_ article: Article) -> Int {
        let features = ArticleFeatures(article, stopWords: stopWords)
        articles += 1
        for term in features.terms.keys { documentFrequency[term, default: 0] += 1 }
        var vector = features.terms.map { term, frequency -> (UInt64, Float) in
            (term, (1 + log(frequency)) * (log(Float(articles + 1) / Float(documentFrequency[term]!)) + 1))
        }
        let norm = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        if norm > 0 { vector = vector.map { ($0.0, $0.1 / norm) } }
        var best: (index: Int, score: Float)?
        for (index, centroid) in centroids.enumerated() where norms[index] > 0 {
            var dot: Float = 0
            for (term, weight) in vector { dot += weight * (centroid[term] ?? 0) }
            let score = dot / norms[index]
            if score >= threshold, score > best?.score ?? 0 { best = (index, score) }
        }
        let event = best?.index ?? centroids.count
        if best == nil {
            centroids.append([:])
            norms.append(0)
        }
        for (term, weight) in vector { centroids[event][term, default: 0] += weight }
        norms[event] = centroids[event].values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return event
    }
}
