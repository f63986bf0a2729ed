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
    /// Unit-length TF-IDF vectors, one per profile, as (feature id, weight) sorted by id.
    let vectors: [[(Int, Double)]]
    /// Feature ids that count as content (words, concepts, numbers), per profile, sorted.
    private let contentFeatures: [[Int]]
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
        // Features are interned to integers once: comparisons then walk sorted integer arrays.
        var ids: [String: Int] = [:]
        var isContent: [Bool] = []
        var documentFrequency: [Double] = []
        // Features in key order, not a dictionary's (which changes from run to run): ids, and the order floats are
        // summed in, are then the same every run, and so is the report.
        let interned = profiles.map { profile in
            profile.features.sorted { $0.key < $1.key }.map { feature, frequency -> (Int, Double) in
                let id: Int
                if let known = ids[feature] {
                    id = known
                } else {
                    id = ids.count
                    ids[feature] = id
                    isContent.append(feature.hasPrefix("w:") || feature.hasPrefix("c:") || feature.hasPrefix("n:"))
                    documentFrequency.append(0)
                }
                documentFrequency[id] += 1
                return (id, frequency)
            }
        }
        let entityIDs = Set(ids.filter { $0.key.hasPrefix("e:") }.map(\.value))
        let count = Double(profiles.count)
        vectors = interned.map { features in
            var vector = features.map { id, frequency -> (Int, Double) in
                let idf = log((count + 1) / (documentFrequency[id] + 1)) + 1
                return (id, (1 + log(frequency)) * idf * (entityIDs.contains(id) ? Self.entityWeight : 1))
            }
            let norm = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { vector = vector.map { ($0.0, $0.1 / norm) } }
            return vector.sorted { $0.0 < $1.0 }
        }
        contentFeatures = interned.map { features in features.map(\.0).filter { isContent[$0] }.sorted() }
        align()
    }

    /// Cosine of two profiles' vectors (both unit length), by merging their sorted features.
    func similarity(_ a: Int, _ b: Int) -> Double {
        let x = vectors[a], y = vectors[b]
        var i = 0, j = 0, sum = 0.0
        while i < x.count, j < y.count {
            if x[i].0 == y[j].0 {
                sum += x[i].1 * y[j].1
                i += 1
                j += 1
            } else if x[i].0 < y[j].0 {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// How many sentences of later articles each sentence is paired with through one feature: more than the
    /// sentences of a 30-article story, so that only the commonest words of far larger stories are cut short.
    /// Counting every pair in a feature's posting would grow with the square of the story.
    static let postingReach = 1_000

    /// Pairs of sentences of different articles (the first lower) that share two content features or two actors,
    /// found through inverted indexes, so that the cost follows the overlaps rather than the square of the
    /// sentences; shared features are counted in an array, one sentence at a time against later articles'.
    private func candidatePairs() -> [(Int, Int)] {
        let actors = profiles.map { $0.actors.sorted() }
        let contentPostings = Self.postings(contentFeatures), actorPostings = Self.postings(actors)
        // Profiles come article by article: the first profile of the article after each one's.
        var nextArticleStart = [Int](repeating: profiles.count, count: profiles.count)
        for index in profiles.indices.reversed() where index + 1 < profiles.count {
            nextArticleStart[index] = profiles[index + 1].article != profiles[index].article ? index + 1 : nextArticleStart[index + 1]
        }
        var sharedContent = [Int](repeating: 0, count: profiles.count)
        var sharedActors = [Int](repeating: 0, count: profiles.count)
        var touched: [Int] = []
        var pairs: [(Int, Int)] = []
        func count(_ features: [Int], _ postings: [[Int]], from start: Int, actors: Bool) {
            for feature in features {
                let posting = postings[feature]
                var low = 0, high = posting.count
                while low < high {
                    let middle = (low + high) / 2
                    if posting[middle] < start { low = middle + 1 } else { high = middle }
                }
                for b in posting[low..<min(posting.count, low + Self.postingReach)] {
                    if sharedContent[b] == 0 && sharedActors[b] == 0 { touched.append(b) }
                    if actors { sharedActors[b] += 1 } else { sharedContent[b] += 1 }
                }
            }
        }
        for a in profiles.indices {
            count(contentFeatures[a], contentPostings, from: nextArticleStart[a], actors: false)
            count(actors[a], actorPostings, from: nextArticleStart[a], actors: true)
            for b in touched.sorted() {
                if sharedContent[b] >= 2 || sharedActors[b] >= 2 { pairs.append((a, b)) }
                sharedContent[b] = 0
                sharedActors[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }

    /// Feature → the profiles that have it, ascending.
    private static func postings(_ features: [[Int]]) -> [[Int]] {
        var postings = [[Int]](repeating: [], count: (features.lazy.compactMap { $0.max() }.max() ?? -1) + 1)
        for (index, profileFeatures) in features.enumerated() {
            for feature in profileFeatures { postings[feature].append(index) }
        }
        return postings
    }

    /// Candidate pairs above the bar, matched one to one per pair of articles, best first (a sentence states
    /// one fact, and chaining weak pairs would merge a whole story into one "fact"); matched pairs then form
    /// facts across all articles.
    private mutating func align() {
        var candidates: [(Int, Int, Double)] = []
        for (a, b) in candidatePairs() {
            guard profiles[a].wordCount >= 5, profiles[b].wordCount >= 5 else { continue }
            let sharedActors = profiles[a].actors.intersection(profiles[b].actors)
            let bothHaveActors = !profiles[a].actors.isEmpty && !profiles[b].actors.isEmpty
            let score = similarity(a, b)
            // Different actors: the same words must weigh much more to be the same fact.
            if bothHaveActors && sharedActors.isEmpty && score < Self.disjointActorsThreshold { continue }
            guard score >= Self.threshold || sharedActors.count >= 2 && score >= Self.threshold / 2 else { continue }
            candidates.append((a, b, score))
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
