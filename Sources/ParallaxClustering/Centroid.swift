/// The sum of a cluster's member vectors, term by term, kept in the order its terms arrived.
///
/// A dictionary alone would do for lookups, but its iteration order depends on where its storage sits in memory,
/// and the norms are sums of floats, whose last bits depend on the order they are added in: with terms in
/// arrival order, the same articles always give the same norms, also in a clusterer restored from a snapshot.
struct Centroid: Sendable {
    private(set) var terms: [UInt64] = []
    private(set) var weights: [Float] = []
    /// Term → its position in `terms` and `weights`.
    private var slots = TermSlots()

    init() {}

    /// A centroid with these terms and weights, in this order; nil when a term repeats or the counts differ.
    init?(terms: [UInt64], weights: [Float]) {
        guard terms.count == weights.count else { return nil }
        self.terms = terms
        self.weights = weights
        for (slot, term) in terms.enumerated() {
            guard slots.slot(of: term, in: terms) == nil else { return nil }
            slots.insert(term, at: Int32(slot), in: terms)
        }
    }

    var count: Int { terms.count }

    subscript(term: UInt64) -> Float? {
        slots.slot(of: term, in: terms).map { weights[Int($0)] }
    }

    mutating func add(_ weight: Float, to term: UInt64) {
        if let slot = slots.slot(of: term, in: terms) {
            weights[Int(slot)] += weight
        } else {
            terms.append(term)
            weights.append(weight)
            slots.insert(term, at: Int32(terms.count - 1), in: terms)
        }
    }

    /// Keeps the `count` heaviest terms once it holds more than twice as many: a centroid that grows by every
    /// member stays small without being sorted at every addition.
    mutating func bound(to count: Int) {
        if self.count > 2 * count { keepStrongest(count) }
    }

    /// Keeps the `count` heaviest terms (the lower hash first among equals), heaviest first.
    mutating func keepStrongest(_ count: Int) {
        let kept = terms.indices.sorted {
            weights[$0] > weights[$1] || (weights[$0] == weights[$1] && terms[$0] < terms[$1])
        }.prefix(count)
        self = Centroid(terms: kept.map { terms[$0] }, weights: kept.map { weights[$0] })!
    }

    /// The Euclidean norm over all terms, and over the specific ones (names, numbers) alone.
    var norms: (all: Float, specific: Float) {
        let squares = squaredNorms
        return (squares.all.squareRoot(), squares.specific.squareRoot())
    }

    /// The sums of the squared weights over all terms, and over the specific ones alone.
    var squaredNorms: (all: Float, specific: Float) {
        var all: Float = 0, specific: Float = 0
        for (term, weight) in zip(terms, weights) {
            all += weight * weight
            if ArticleFeatures.isSpecific(term) { specific += weight * weight }
        }
        return (all, specific)
    }
}
