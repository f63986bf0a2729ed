extension QuoteLedger {
    /// How many quotes sharing one word are looked at for each quote that has it: more than the outlets of any
    /// story carry a quote in, few enough that a text repeating one phrase costs a bounded amount per quote.
    static let postingReach = 1_000

    /// Pairs of quote forms (by index, the first lower) that share enough distinct keys to possibly reach the
    /// containment bar: `containment` of the shorter one's distinct keys.
    ///
    /// Found by prefix filtering: with each form's keys ordered rarest first, two forms that share the bar's
    /// number of keys share at least one of the shorter form's first (count - bar + 1) keys. Each form looks up
    /// only those rare keys, so common words ("the", "said") never make every pair of quotes a candidate.
    static func candidatePairs(_ keys: [[String]]) -> [(Int, Int)] {
        // Keys interned to integers, numbered by how many forms have them (rarest first), then by spelling.
        var frequency: [String: Int] = [:]
        // Grown key by key: `Set(keys)` would reserve room for every word of a quote, and a quote of a million
        // words ("he said that she said that …") has a handful of distinct ones.
        let distinct = keys.map { formKeys in
            var set = Set<String>()
            for key in formKeys { set.insert(key) }
            return set
        }
        for forms in distinct { for key in forms { frequency[key, default: 0] += 1 } }
        let order = frequency.keys.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
        var rank: [String: Int] = [:]
        for (position, key) in order.enumerated() { rank[key] = position }
        let ranked = distinct.map { $0.map { rank[$0]! }.sorted() }

        var postings = [[Int]](repeating: [], count: order.count)
        for (form, keys) in ranked.enumerated() { for key in keys { postings[key].append(form) } }

        var pairs: [(Int, Int)] = []
        // The form that last looked at each form: a pair is measured once, without hashing every posting.
        var lastSeenBy = [Int](repeating: -1, count: ranked.count)
        for (a, aKeys) in ranked.enumerated() where !aKeys.isEmpty {
            let bar = sharedKeysNeeded(aKeys.count)
            for key in aKeys.prefix(aKeys.count - bar + 1) {
                for b in postings[key].prefix(postingReach) where lastSeenBy[b] != a {
                    lastSeenBy[b] = a
                    // The shorter form (by keys, then by index) finds the pair.
                    guard (aKeys.count, a) < (ranked[b].count, b) else { continue }
                    if sharesAtLeast(bar, aKeys, ranked[b]) { pairs.append((min(a, b), max(a, b))) }
                }
            }
        }
        return pairs.sorted { $0 < $1 }
    }

    /// The fewest shared keys that reach the containment bar for a form of `count` distinct keys.
    static func sharedKeysNeeded(_ count: Int) -> Int {
        var needed = max(1, Int(containment * Double(count)))
        while Double(needed) < containment * Double(count) { needed += 1 }
        while needed > 1, Double(needed - 1) >= containment * Double(count) { needed -= 1 }
        return needed
    }

    /// Whether two sorted arrays share at least `bar` keys; it stops as soon as the keys left in `a` cannot make
    /// up the difference. When `b` is much the longer (a long quote that may contain a short one), each key of
    /// `a` is looked up in it by halving, so the cost follows the short quote.
    private static func sharesAtLeast(_ bar: Int, _ a: [Int], _ b: [Int]) -> Bool {
        if b.count > 8 * a.count {
            var low = 0, count = 0
            for (i, key) in a.enumerated() {
                if count + (a.count - i) < bar { return false }
                var high = b.count
                while low < high {
                    let middle = (low + high) / 2
                    if b[middle] < key { low = middle + 1 } else { high = middle }
                }
                if low < b.count && b[low] == key { count += 1 }
            }
            return count >= bar
        }
        return SortedLists.sharedCount(a, b, reaching: bar) != nil
    }
}
