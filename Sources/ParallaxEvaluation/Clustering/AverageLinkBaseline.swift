/// The offline TF-IDF baseline: agglomerative clustering of all the documents at once, cosine similarity with
/// average linkage (two clusters' similarity is the mean over their cross pairs), merging the most similar pair
/// until the best similarity falls below the threshold, as scikit-learn's `AgglomerativeClustering(metric:
/// "cosine", linkage: "average", distance_threshold: 1 - threshold)` does.
///
/// Built by the nearest-neighbour chain (Murtagh 1983): average linkage never brings a merged cluster closer to
/// a third than its parts were, so merging reciprocal nearest neighbours as the chain meets them gives the same
/// tree as merging the globally closest pair each time, in O(n²) time and memory instead of O(n³) time. The tree
/// is then cut at the threshold.
public enum AverageLinkBaseline {
    /// The cluster of each document (numbered in order of the cluster's first document).
    public static func clusters(of vectors: TFIDFVectors, threshold: Double = 0.2) -> [Int] {
        let n = vectors.rows.count
        guard n > 1 else { return Array(repeating: 0, count: n) }
        // similarity[i * n + j]: between the clusters whose slots are i and j (a cluster lives in the slot of
        // one of its documents).
        var similarity = [Double](repeating: 0, count: n * n)
        vectors.forEachSimilarPair { document, cosines in
            for (earlier, cosine) in cosines {
                similarity[document * n + earlier] = cosine
                similarity[earlier * n + document] = cosine
            }
        }
        var size = [Int](repeating: 1, count: n), active = [Bool](repeating: true, count: n)
        var activeCount = n, merges: [(a: Int, b: Int, similarity: Double)] = []
        var chain: [Int] = []
        var nextStart = 0
        while activeCount > 1 {
            if chain.isEmpty {
                while !active[nextStart] { nextStart += 1 }
                chain.append(nextStart)
            }
            let tip = chain[chain.count - 1]
            let previous = chain.count > 1 ? chain[chain.count - 2] : -1
            // The tip's most similar cluster; on a tie the one before it in the chain, so the chain ends.
            var nearest = previous, best = previous >= 0 ? similarity[tip * n + previous] : -Double.infinity
            for other in 0..<n where active[other] && other != tip && similarity[tip * n + other] > best {
                (nearest, best) = (other, similarity[tip * n + other])
            }
            guard nearest == previous else {
                chain.append(nearest)
                continue
            }
            chain.removeLast(2)
            // Merge `previous` into `tip`'s slot: the mean similarity to every other cluster, weighted by size.
            let (a, b) = (tip, previous)
            merges.append((a, b, best))
            let (sizeA, sizeB) = (Double(size[a]), Double(size[b]))
            for other in 0..<n where active[other] && other != a && other != b {
                let merged = (sizeA * similarity[a * n + other] + sizeB * similarity[b * n + other]) / (sizeA + sizeB)
                similarity[a * n + other] = merged
                similarity[other * n + a] = merged
            }
            size[a] += size[b]
            active[b] = false
            activeCount -= 1
        }
        // Cut: the merges at or above the threshold. Each lies below its parts' merges in the tree, so they
        // form whole subtrees and their order does not matter.
        var parent = Array(0..<n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for merge in merges where merge.similarity >= threshold {
            parent[root(merge.b)] = root(merge.a)
        }
        var numbers: [Int: Int] = [:]
        return (0..<n).map { document in
            let cluster = root(document)
            if let number = numbers[cluster] { return number }
            numbers[cluster] = numbers.count
            return numbers.count - 1
        }
    }
}
