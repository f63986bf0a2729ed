import Foundation
import ParallaxAnalysis

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

    private(set) var profiles: [SentenceProfile]
    /// Unit-length TF-IDF vectors, one per profile, as (feature id, weight) sorted by id.
    let vectors: [[(Int, Double)]]
    /// Feature ids that count as content (words, concepts, numbers), per profile, sorted.
    private let contentFeatures: [[Int]]
    /// The roster entries of the actors each profile names, ascending.
    private let actors: [[Int]]
    private(set) var links: [(Int, Int, Double)] = []
    private(set) var facts: [Fact] = []

    static let threshold = 0.2
    static let disjointActorsThreshold = 0.35
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
        actors = profiles.map { $0.actors.sorted() }
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

    /// How many postings of later articles' sentences each sentence walks, over all its features: the block of
    /// sentences it is compared with. Its features are walked rarest first, so a sentence meets every sentence
    /// sharing a rare word or name with it, and the commonest words of a large story ("campaign", "Trump") only
    /// with what budget is left, over the nearest articles. The block binds seldom at 30 articles (the report on
    /// the first 30 PolNeAR dev articles is the same as without it); beyond, the cost per sentence stays the same
    /// however large the story, where walking every feature's posting in full grows with the square of the story.
    static let blockSize = 1_000

    /// Pairs of sentences of different articles (the first lower) that share two content features or two actors,
    /// found through inverted indexes within each sentence's block (`blockSize`), so that the cost follows the
    /// sentences rather than their square; shared features are counted in an array, one sentence at a time
    /// against later articles'.
    private func candidatePairs() -> [(Int, Int)] {
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
        /// A feature's posting from the first sentence of a later article.
        struct Key {
            var posting: [Int]
            var start: Int
            var isActor: Bool
            var feature: Int
        }
        func laterPart(_ feature: Int, _ postings: [[Int]], from start: Int, isActor: Bool) -> Key {
            let posting = postings[feature]
            var low = 0, high = posting.count
            while low < high {
                let middle = (low + high) / 2
                if posting[middle] < start { low = middle + 1 } else { high = middle }
            }
            return Key(posting: posting, start: low, isActor: isActor, feature: feature)
        }
        for a in profiles.indices {
            let from = nextArticleStart[a]
            let keys = (contentFeatures[a].map { laterPart($0, contentPostings, from: from, isActor: false) }
                + actors[a].map { laterPart($0, actorPostings, from: from, isActor: true) })
                .sorted { ($0.posting.count, $0.isActor ? 1 : 0, $0.feature) < ($1.posting.count, $1.isActor ? 1 : 0, $1.feature) }
            var budget = Self.blockSize
            for key in keys where budget > 0 {
                let end = min(key.posting.count, key.start + budget)
                budget -= end - key.start
                for b in key.posting[key.start..<end] {
                    if sharedContent[b] == 0 && sharedActors[b] == 0 { touched.append(b) }
                    if key.isActor { sharedActors[b] += 1 } else { sharedContent[b] += 1 }
                }
            }
            // Only the few that qualify are sorted, not every sentence touched.
            let first = pairs.count
            for b in touched {
                if sharedContent[b] >= 2 || sharedActors[b] >= 2 { pairs.append((a, b)) }
                sharedContent[b] = 0
                sharedActors[b] = 0
            }
            pairs[first...].sort { $0.1 < $1.1 }
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

    /// Whether two sentences of different articles state the same fact, and how closely (their cosine): the
    /// story-level rule of the type's comment (words, concepts and actors weighed over the story), or else the sentence
    /// equivalence measured on paraphrase pairs (`parallax eval alignment`).
    private func decide(_ a: Int, _ b: Int, measured: [Int: SentenceEquivalence.Measured],
                        equivalence: SentenceEquivalence) -> (score: Double, byActors: Bool)? {
        guard profiles[a].wordCount >= 5, profiles[b].wordCount >= 5 else { return nil }
        let sharedActors = SortedLists.sharedCount(actors[a], actors[b])
        let bothHaveActors = !actors[a].isEmpty && !actors[b].isEmpty
        let score = similarity(a, b)
        // Different actors: the same words must weigh much more to be the same fact.
        if bothHaveActors && sharedActors == 0 && score < Self.disjointActorsThreshold { return nil }
        if score >= Self.threshold { return (score, false) }
        if sharedActors >= 2 && score >= Self.threshold / 2 { return (score, true) }
        // Below the story's bar: a close rewording still counts (a cosine floor keeps the cost to likely pairs).
        guard score >= Self.threshold / 2, equivalence.areEquivalent(measured[a]!, measured[b]!) else { return nil }
        return (score, false)
    }

    /// Facts are groups in which every two statements, from different articles, state the same fact by
    /// `decide` (complete link): a fact cannot grow by chaining, where A ~ B and B ~ C would glue A to C (a
    /// 30-outlet story had become one "fact" of 223 statements). A fact holds at most one statement per
    /// article. Groups merge best pair first; `links` are then the pairs inside each fact.
    ///
    /// Only linked pairs are ever looked at: each group counts its links with each other group, and two groups
    /// are completely linked when that count is the product of their sizes (links join different articles, so
    /// such groups also share no article). A merge adds the merged group's counts to the kept one's, so the
    /// cost follows the links, not the square of the groups' sizes at every candidate pair.
    private mutating func align() {
        let pairs = candidatePairs()
        var paired = [Bool](repeating: false, count: profiles.count)
        for (a, b) in pairs { (paired[a], paired[b]) = (true, true) }
        // Features are read again only for the words two linked statements share (the report's conflicts); a
        // sentence in no pair is in no link, and its features (a dictionary each) are let go.
        for index in profiles.indices where !paired[index] { profiles[index].features = [:] }
        // Every sentence counts in the rarity of words and is numbered, one at a time; only those in a pair are
        // kept and measured (a long article's sentences are mostly in none).
        var rarity = SentenceEquivalence.Rarity([])
        var ids = SentenceEquivalence.WordIDs()
        var kept: [Int: SentenceEquivalence.Sentence] = [:]
        for (index, profile) in profiles.enumerated() {
            let sentence = SentenceEquivalence.Sentence(profile.text)
            rarity.add(sentence)
            ids.number(sentence)
            if paired[index] { kept[index] = sentence }
        }
        let equivalence = SentenceEquivalence(rarity: rarity)
        var measured: [Int: SentenceEquivalence.Measured] = [:]
        for index in kept.keys.sorted() { measured[index] = equivalence.measure(kept[index]!, ids: &ids) }
        kept = [:]
        var decided: [(Int, Int, Double, Bool)] = []
        // The best score of each sentence against each other article: sentence → article → score.
        var best = [[Int: Double]](repeating: [:], count: profiles.count)
        for (a, b) in pairs {
            guard let (score, byActors) = decide(a, b, measured: measured, equivalence: equivalence) else { continue }
            decided.append((a, b, score, byActors))
            for (x, y) in [(a, b), (b, a)] where score > best[x][profiles[y].article] ?? -1 {
                best[x][profiles[y].article] = score
            }
        }
        var candidates: [(Int, Int, Double)] = []
        var linked = [[Int: Double]](repeating: [:], count: profiles.count)  // lower index → higher index → score
        for (a, b, score, byActors) in decided {
            // Two shared actors with few shared words link only sentences that are each other's best match in
            // the other article: a story about Clinton and Sanders has dozens of sentences naming both.
            if byActors && (score < best[a][profiles[b].article] ?? 0 || score < best[b][profiles[a].article] ?? 0) { continue }
            candidates.append((a, b, score))
            linked[min(a, b)][max(a, b)] = score
        }
        candidates.sort { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
        var groupOf = Array(profiles.indices)
        var members = profiles.indices.map { [$0] }
        // Group → other group → how many pairs across the two are linked.
        var linksBetween = [[Int: Int]](repeating: [:], count: profiles.count)
        for (a, b, _) in candidates {
            linksBetween[a][b, default: 0] += 1
            linksBetween[b][a, default: 0] += 1
        }
        for (a, b, _) in candidates {
            let first = groupOf[a], second = groupOf[b]
            guard first != second, linksBetween[first][second] == members[first].count * members[second].count else { continue }
            let (kept, merged) = members[first].count >= members[second].count ? (first, second) : (second, first)
            for member in members[merged] { groupOf[member] = kept }
            members[kept] += members[merged]
            members[merged] = []
            for (other, count) in linksBetween[merged] where other != kept {
                linksBetween[kept][other, default: 0] += count
                linksBetween[other][kept, default: 0] += count
                linksBetween[other][merged] = nil
            }
            linksBetween[kept][merged] = nil
            linksBetween[merged] = [:]
        }
        var seen = Set<Int>()
        for index in profiles.indices where seen.insert(groupOf[index]).inserted {
            let group = members[groupOf[index]].sorted()
            for (position, x) in group.enumerated() {
                for y in group[(position + 1)...] { links.append((x, y, linked[x][y] ?? 0)) }
            }
            facts.append(Fact(members: group, articles: group.map { profiles[$0].article }.sorted()))
        }
    }
}
