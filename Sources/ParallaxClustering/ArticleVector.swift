/// An article's unit TF-IDF vector, laid out to be compared with many centroids.
///
/// An article is compared with up to `maximumCandidates` centroids of up to `2 × centroidTerms` terms each, and
/// most of a centroid's terms are not the article's. Looking each article term up in each centroid reads the
/// centroids at random places (a cache miss a term); instead the article's terms go into a small table that
/// stays in cache, and each centroid's terms are read in order. The table is kept at most a quarter full, with
/// the terms in the buckets themselves, so that a term the article lacks is told apart in one or two reads.
struct ArticleVector {
    /// Terms by bucket; `empty` where none (a term equal to `empty` is kept aside, in `emptyTermWeight`).
    private var keys: [UInt64]
    private var values: [Float]
    private var emptyTermWeight: Float?
    private let shift: UInt64
    /// The norm of the specific terms (names, numbers) alone.
    private let specificNorm: Float

    private static let empty: UInt64 = 0

    init(_ vector: [(UInt64, Float)]) {
        var width: UInt64 = 4
        while (1 << width) < 4 * vector.count { width += 1 }
        keys = Array(repeating: Self.empty, count: 1 << width)
        values = Array(repeating: 0, count: 1 << width)
        shift = 64 - width
        specificNorm = vector.reduce(0) { ArticleFeatures.isSpecific($1.0) ? $0 + $1.1 * $1.1 : $0 }.squareRoot()
        let mask = keys.count - 1
        for (term, weight) in vector {
            guard term != Self.empty else { emptyTermWeight = weight; continue }
            var bucket = TermSlots.home(of: term, shift: shift)
            while keys[bucket] != Self.empty { bucket = (bucket + 1) & mask }
            keys[bucket] = term
            values[bucket] = weight
        }
    }

    /// The article's weight for `term`, 0 when it lacks the term.
    private func weight(of term: UInt64) -> Float {
        guard term != Self.empty else { return emptyTermWeight ?? 0 }
        let mask = keys.count - 1
        var bucket = TermSlots.home(of: term, shift: shift)
        while true {
            let key = keys[bucket]
            if key == term { return values[bucket] }
            if key == Self.empty { return 0 }
            bucket = (bucket + 1) & mask
        }
    }

    /// Cosines with a centroid whose norms are given: over all terms, and over the specific terms alone (nil when
    /// either side has none).
    func cosines(with centroid: Centroid, norm: Float, specificNorm centroidSpecificNorm: Float) -> (all: Float, specific: Float?) {
        guard norm > 0 else { return (0, nil) }
        var dot: Float = 0, specificDot: Float = 0
        for (term, value) in zip(centroid.terms, centroid.weights) {
            let weight = weight(of: term)
            guard weight != 0 else { continue }
            dot += weight * value
            if ArticleFeatures.isSpecific(term) { specificDot += weight * value }
        }
        let specific = specificNorm > 0 && centroidSpecificNorm > 0
            ? specificDot / (specificNorm * centroidSpecificNorm) : nil
        return (dot / norm, specific)
    }

    /// Cosines with `minuend − subtrahend` over the terms of `minuend` (a sum of articles less the part some of
    /// them make up), without building the difference: over all terms, and over the specific ones alone (nil when
    /// either side has none). `squares` are the sums of the squared weights of `minuend`, over all terms and over
    /// the specific ones. Only the article's and the subtrahend's terms are read, not the whole minuend:
    /// |m − s|² = |m|² − Σ (2·mₜ·sₜ − sₜ²) over the terms both have.
    func cosines(
        withDifference minuend: Centroid, squares: (all: Float, specific: Float), less subtrahend: Centroid
    ) -> (all: Float, specific: Float?) {
        var (allSquares, specificSquares) = squares
        for (term, value) in zip(subtrahend.terms, subtrahend.weights) {
            guard let total = minuend[term] else { continue }
            let change = 2 * total * value - value * value
            allSquares -= change
            if ArticleFeatures.isSpecific(term) { specificSquares -= change }
        }
        var dot: Float = 0, specificDot: Float = 0
        for (term, value) in zip(keys, values) where term != Self.empty {
            guard let total = minuend[term] else { continue }
            let product = value * (total - (subtrahend[term] ?? 0))
            dot += product
            if ArticleFeatures.isSpecific(term) { specificDot += product }
        }
        let specific = specificNorm > 0 && specificSquares > 0 ? specificDot / (specificSquares.squareRoot() * specificNorm) : nil
        return (allSquares > 0 ? dot / allSquares.squareRoot() : 0, specific)
    }
}
