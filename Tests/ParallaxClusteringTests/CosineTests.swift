import Testing
@testable import ParallaxClustering

/// The clusterer's fast paths (open-addressing tables, dense candidate counts) against the plain computation.
@Suite("Cosines and candidates")
struct CosineTests {
    /// A deterministic generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return FeatureHash.mix(state, 1)
        }
    }

    /// Terms drawn from a small range so that article and centroid share many, with the specific bit on some;
    /// term 0 (the tables' empty marker) among them.
    static func terms(_ count: Int, using generator: inout SplitMix) -> [UInt64] {
        var seen = Set<UInt64>()
        while seen.count < count {
            let base = UInt64.random(in: 0..<600, using: &generator)
            seen.insert(base == 0 ? 0 : (base.isMultiple(of: 5) ? base | ArticleFeatures.specificBit : base &* 0x1000_0001))
        }
        return seen.sorted()
    }

    @Test("the cosines of an article with a centroid are those computed term by term with dictionaries")
    func cosinesMatchDictionaries() throws {
        var generator = SplitMix(state: 42)
        for round in 0..<200 {
            let articleTerms = Self.terms(Int.random(in: 1...80, using: &generator), using: &generator)
            let weights = articleTerms.map { _ in Float.random(in: 0.01...1, using: &generator) }
            let centroidTerms = Self.terms(Int.random(in: 1...400, using: &generator), using: &generator).shuffled(using: &generator)
            let centroidWeights = centroidTerms.map { _ in Float.random(in: 0.01...3, using: &generator) }
            let centroid = try #require(Centroid(terms: centroidTerms, weights: centroidWeights))
            let (norm, specificNorm) = centroid.norms

            let article = Dictionary(uniqueKeysWithValues: zip(articleTerms, weights))
            var dot: Float = 0, specificDot: Float = 0
            for (term, value) in zip(centroidTerms, centroidWeights) {
                guard let weight = article[term] else { continue }
                dot += weight * value
                if ArticleFeatures.isSpecific(term) { specificDot += weight * value }
            }
            let articleSpecificNorm = zip(articleTerms, weights).filter { ArticleFeatures.isSpecific($0.0) }
                .reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()

            let cosines = ArticleVector(Array(zip(articleTerms, weights)))
                .cosines(with: centroid, norm: norm, specificNorm: specificNorm)
            #expect(cosines.all == dot / norm, "round \(round)")
            if articleSpecificNorm > 0 && specificNorm > 0 {
                #expect(cosines.specific == specificDot / (articleSpecificNorm * specificNorm), "round \(round)")
            } else {
                #expect(cosines.specific == nil, "round \(round)")
            }
            for term in centroidTerms { #expect(centroid[term] == centroidWeights[centroidTerms.firstIndex(of: term)!]) }
        }
    }

    @Test("a centroid read back with a repeated term is refused")
    func repeatedTermRefused() {
        #expect(Centroid(terms: [7, 9, 7], weights: [1, 2, 3]) == nil)
        #expect(Centroid(terms: [0, 9], weights: [1, 2]) != nil)
    }

    @Test("candidates are the clusters sharing the most terms, the most recent first among equals, and counts start afresh")
    func candidateCounts() {
        var counts = CandidateCounts()
        let postings: [[Int32]] = [[3, 5, 8, 13], [5, 8, 21], [8, 21, 2], [1, 5]]
        for posting in postings { for cluster in posting { counts.count(cluster) { cluster != 13 } } }
        // Shared: 5 → 3, 8 → 3, 21 → 2, then 1, 2, 3 with 1 each (13 refused). Top four: 5, 8, 21 and 3 (the
        // most recent of the ones).
        #expect(counts.take(4) == [3, 5, 8, 21])
        counts.count(2) { true }
        #expect(counts.take(4) == [2])
    }
}
