/// Where each term of a `Centroid` sits in its arrays: an open-addressing table of positions, probed linearly.
///
/// Comparing an article with its candidate events is the clusterer's main cost: tens of lookups per term of the
/// article, each of which a `Dictionary` pays for by running SipHash over the key. Terms are 64-bit FNV hashes
/// already, so one multiply spreads them over the table (Fibonacci hashing), and the table holds positions only
/// (4 bytes a bucket), the terms themselves staying in the centroid's array.
struct TermSlots: Sendable {
    /// Positions in the centroid's arrays; `empty` where no term hashes.
    private var buckets: [Int32] = []
    /// 64 minus the table's bit width: the high bits of the product are the best mixed.
    private var shift: UInt64 = 64
    private var count = 0

    private static let empty: Int32 = -1
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    init() {}

    /// The position of `term`, reading the terms already placed from `terms`.
    func slot(of term: UInt64, in terms: [UInt64]) -> Int32? {
        guard !buckets.isEmpty else { return nil }
        let mask = buckets.count - 1
        var bucket = home(of: term)
        while true {
            let slot = buckets[bucket]
            if slot == Self.empty { return nil }
            if terms[Int(slot)] == term { return slot }
            bucket = (bucket + 1) & mask
        }
    }

    /// Records that `term`, not yet in the table, sits at `slot` of `terms` (which already holds it there).
    mutating func insert(_ term: UInt64, at slot: Int32, in terms: [UInt64]) {
        // At most 3/4 full: linear probing stays short.
        if (count + 1) * 4 > buckets.count * 3 { grow(terms) }
        place(term, at: slot)
        count += 1
    }

    private func home(of term: UInt64) -> Int {
        Self.home(of: term, shift: shift)
    }

    /// The bucket a term is looked for first in a table of `64 - shift` bits.
    static func home(of term: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (term &* multiplier) >> shift)
    }

    private mutating func place(_ term: UInt64, at slot: Int32) {
        let mask = buckets.count - 1
        var bucket = home(of: term)
        while buckets[bucket] != Self.empty { bucket = (bucket + 1) & mask }
        buckets[bucket] = slot
    }

    private mutating func grow(_ terms: [UInt64]) {
        let width: UInt64 = buckets.isEmpty ? 4 : UInt64(buckets.count.trailingZeroBitCount) + 1
        buckets = Array(repeating: Self.empty, count: 1 << width)
        shift = 64 - width
        for slot in 0..<count { place(terms[slot], at: Int32(slot)) }
    }
}
