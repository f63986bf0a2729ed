import Foundation

/// Sentences of different articles that state the same fact in other words, gathered into facts.
///
/// Two sentences align when their TF-IDF profiles (content stems, news concepts, roster entries, numbers;
/// IDF over all sentences compared) have a cosine of at least `threshold` and share some content; when both
/// name actors (people or organisations) but none in common, the bar is `disjointActorsThreshold`:
/// "Medvedev urged Obama to avoid civilian casualties" and "Russia's defense minister called for a cease-fire,
/// telling Gates … to avoid civilian casualties" use the same words about different people. Sharing two actors aligns sentences whatever their words
/// ("Medvedev publicly criticised Putin" ~ "Mr. Medvedev issued a rare rebuke of Mr. Putin's statements").
struct FactAlignment: Sendable {
    struct Fact: Sendable {
        /// Indices into `profiles`, in article then sentence order.
        var members: [Int]
        /// The articles that state it.
        var articles: [Int]
    }

    let profiles: [SentenceProfile]
    /// Unit-length TF-IDF vectors, one per profile.
    let vectors: [[String: Double]]
    private(set) var links: [(Int, Int, Double)] = []
    private(set) var facts: [Fact] = []

    static let threshold = 0.2
    static let disjointActorsThreshold = 0.35
    /// The bar for a second sentence of one article to join a fact already matched.
    static let restatementThreshold = 0.3
    /// Roster entries count more than words: a name is rarer evidence than a word.
    static let entityWeight = 1.5

    init(profiles: [SentenceProfile]) {
        self.profiles = profiles
        var documentFrequency: [String: Double] = [:]
        for profile in profiles {
            for feature in profile.features.keys { documentFrequency[feature, default: 0] += 1 }
        }
        let count = Double(profiles.count)
        vectors = profiles.map { profile in
            var vector: [String: Double] = [:]
            for (feature, frequency) in profile.features {
                let idf = log((count + 1) / (documentFrequency[feature]! + 1)) + 1
                let weight = feature.hasPrefix("e:") ? Self.entityWeight : 1
                vector[feature] = (1 + log(frequency)) * idf * weight
            }
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? vector.mapValues { $0 / norm } : vector
        }
        align()
    }

    func similarity(_ a: Int, _ b: Int) -> Double {
        let (small, large) = vectors[a].count < vectors[b].count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a])
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }

    /// Candidate pairs above the bar, matched one to one per pair of articles, best first (a sentence states
    /// one fact, and chaining weak pairs would merge a whole story into one "fact"); matched pairs then form
    /// facts across all articles.
    private mutating func align() {
        var candidates: [(Int, Int, Double)] = []
        for a in profiles.indices {
            for b in profiles.indices where b > a && profiles[a].article != profiles[b].article {
                guard profiles[a].wordCount >= 5, profiles[b].wordCount >= 5 else { continue }
                let sharedActors = profiles[a].actors.intersection(profiles[b].actors)
                let bothHaveActors = !profiles[a].actors.isEmpty && !profiles[b].actors.isEmpty
                let score = similarity(a, b)
                // Different actors: the same words must weigh much more to be the same fact.
                if bothHaveActors && sharedActors.isEmpty && score < Self.disjointActorsThreshold { continue }
                // Besides the score, the pair must share two things the sentences say (words, concepts, numbers),
                // or two of the people and organisations they are about.
                let sharedContent = profiles[a].features.keys.filter { $0.hasPrefix("w:") || $0.hasPrefix("c:") || $0.hasPrefix("n:") }
                    .filter { profiles[b].features[$0] != nil }.count
                guard sharedContent >= 2 || sharedActors.count >= 2 else { continue }
                guard score >= Self.threshold || sharedActors.count >= 2 && score >= Self.threshold / 2 else { continue }
                candidates.append((a, b, score))
            }
        }
        candidates.sort { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
        // matched[sentence] = the other articles it is already matched in.
        var matched: [Int: Set<Int>] = [:]
        var sets = Array(profiles.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while sets[x] != x { sets[x] = sets[sets[x]]; x = sets[x] }
            return x
        }
        for (a, b, score) in candidates {
            let articleA = profiles[a].article, articleB = profiles[b].article
            guard !(matched[a]?.contains(articleB) ?? false), !(matched[b]?.contains(articleA) ?? false) else { continue }
            matched[a, default: []].insert(articleB)
            matched[b, default: []].insert(articleA)
            links.append((a, b, score))
            let rootA = find(a), rootB = find(b)
            if rootA != rootB { sets[max(rootA, rootB)] = min(rootA, rootB) }
        }
        // A sentence still unmatched may join a fact another sentence of its article already joined, when it
        // restates it closely: "Russia's abstention on the resolution …" beside "he defended Russia's move to
        // abstain …", both matching AFP's "Russia abstained from …".
        for (a, b, score) in candidates where score >= Self.restatementThreshold {
            let unmatchedA = matched[a] == nil, unmatchedB = matched[b] == nil
            guard unmatchedA != unmatchedB else { continue }
            let newcomer = unmatchedA ? a : b
            matched[newcomer, default: []].insert(profiles[unmatchedA ? b : a].article)
            links.append((a, b, score))
            let rootA = find(a), rootB = find(b)
            if rootA != rootB { sets[max(rootA, rootB)] = min(rootA, rootB) }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in profiles.indices {
            let root = find(index)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(index)
        }
        facts = order.map { root in
            let members = groups[root]!
            var articles: [Int] = []
            for member in members where !articles.contains(profiles[member].article) { articles.append(profiles[member].article) }
            return Fact(members: members, articles: articles.sorted())
        }
    }
}
