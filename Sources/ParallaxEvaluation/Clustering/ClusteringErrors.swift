/// Where predicted clusters and gold classes part: clusters holding several classes (merges) and classes spread
/// over several clusters (splits), largest first, so that a reader sees which events are confused.
public struct ClusteringErrors: Sendable, Equatable {
    /// A predicted cluster and how many items of each gold class it holds, most first.
    public struct Merge: Sendable, Equatable {
        public struct Part: Sendable, Equatable {
            public var name: String
            public var count: Int
        }

        public var cluster: String
        public var classes: [Part]
    }

    /// A gold class and the sizes of the clusters its items went to, largest first.
    public struct Split: Sendable, Equatable {
        public var goldClass: String
        public var parts: [Int]
    }

    public var merges: [Merge]
    public var splits: [Split]

    public init(predicted: [String], gold: [String]) {
        precondition(predicted.count == gold.count)
        var byCluster: [String: [String: Int]] = [:], byClass: [String: [String: Int]] = [:]
        for (cluster, goldClass) in zip(predicted, gold) {
            byCluster[cluster, default: [:]][goldClass, default: 0] += 1
            byClass[goldClass, default: [:]][cluster, default: 0] += 1
        }
        merges = byCluster.filter { $0.value.count > 1 }.map { cluster, counts in
            Merge(cluster: cluster, classes: counts.map { Merge.Part(name: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.name) > ($1.count, $0.name) })
        }
        .sorted { a, b in
            let (sizeA, sizeB) = (a.classes.reduce(0) { $0 + $1.count }, b.classes.reduce(0) { $0 + $1.count })
            return sizeA != sizeB ? sizeA > sizeB : a.cluster < b.cluster
        }
        splits = byClass.filter { $0.value.count > 1 }.map { goldClass, counts in
            Split(goldClass: goldClass, parts: counts.values.sorted(by: >))
        }
        .sorted { a, b in a.parts.count != b.parts.count ? a.parts.count > b.parts.count : a.goldClass < b.goldClass }
    }
}
