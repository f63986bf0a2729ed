/// How many key terms each candidate cluster shares with the article looking its candidates up.
///
/// A count per cluster in an array, and a list of the clusters met, so that finishing costs only what was met:
/// an article walks up to thousands of postings, and a `Dictionary` would hash every one of them.
struct CandidateCounts: Sendable {
    /// By cluster: 0 not met yet, `refused` when met but not admitted, else the number of shared terms.
    private var counts: [Int32] = []
    private var met: [Int32] = []

    private static let refused: Int32 = -1

    /// Counts one more shared term for `cluster`. `admits` is asked the first time a cluster is met only.
    mutating func count(_ cluster: Int32, admits: () -> Bool) {
        let index = Int(cluster)
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: index + 1 - counts.count)) }
        switch counts[index] {
        case 0:
            met.append(cluster)
            counts[index] = admits() ? 1 : Self.refused
        case Self.refused:
            break
        default:
            counts[index] += 1
        }
    }

    /// The `limit` admitted clusters sharing the most terms, the most recent first among equals, in the order
    /// they were created; and a fresh start for the next article.
    mutating func take(_ limit: Int) -> [Int] {
        // Count and cluster packed in one integer, so that the sort compares plain integers.
        var admitted = met.compactMap { cluster in
            counts[Int(cluster)] > 0 ? UInt64(counts[Int(cluster)]) << 32 | UInt64(cluster) : nil
        }
        if admitted.count > limit { admitted.sort(by: >) }
        let chosen = admitted.prefix(limit).map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }.sorted()
        for cluster in met { counts[Int(cluster)] = 0 }
        met.removeAll(keepingCapacity: true)
        return chosen
    }
}
