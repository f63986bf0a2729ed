/// The online TF-IDF baseline: the documents in order, each joining the cluster whose centroid is most similar
/// (cosine with the sum of its members' vectors) when that cosine reaches the threshold, or starting a cluster.
/// The vectors' IDF is fitted on all the documents beforehand, as a scikit-learn user would fit it on the file.
public enum SinglePassBaseline {
    /// The cluster of each document (numbered in order of creation).
    public static func clusters(of vectors: TFIDFVectors, threshold: Double = 0.2) -> [Int] {
        var assigned: [Int] = []
        // For each cluster, the squared norm of its vectors' sum: the cosine with the sum is the sum of the
        // document's dot products with the members over that norm, and the norm grows by 2·dot + 1 on a join.
        var squaredNorms: [Double] = []
        vectors.forEachSimilarPair { document, cosines in
            var dots: [Int: Double] = [:]
            for (earlier, cosine) in cosines { dots[assigned[earlier], default: 0] += cosine }
            var best: (cluster: Int, cosine: Double)?
            for (cluster, dot) in dots.sorted(by: { $0.key < $1.key }) where squaredNorms[cluster] > 0 {
                let cosine = dot / squaredNorms[cluster].squareRoot()
                if cosine >= threshold, cosine > best?.cosine ?? -1 { best = (cluster, cosine) }
            }
            let own = vectors.rows[document].isEmpty ? 0.0 : 1.0
            if let best {
                assigned.append(best.cluster)
                squaredNorms[best.cluster] += 2 * dots[best.cluster]! + own
            } else {
                assigned.append(squaredNorms.count)
                squaredNorms.append(own)
            }
        }
        return assigned
    }
}
