import ParallaxReading

/// The quotes of a set of articles, with the same words carried by several outlets gathered into one entry:
/// AFP's "…Kadhafi's claims … is just outright lies" and AP's "…Gadhafi's claims … are just outright lies" are
/// one quote by Robert M. Gates with two variants.
///
/// Two quotes are the same when most of the shorter one's words appear, in order, in the longer one (so a
/// shorter excerpt matches the full quote); words match when their folded forms are equal or, for names,
/// their phonetic keys are ("Kadhafi" ~ "Gadhafi"). Quotes of fewer than four words must match exactly.
/// When both speakers are known they must be the same roster entry.
public struct QuoteLedger: Sendable {
    public struct Variant: Sendable {
        public var quote: Quote
        public var article: String
        public var outlet: String
    }

    public struct Entry: Sendable {
        /// The speaker's roster name, or as written when not resolved.
        public var speaker: String?
        public var kind: Quote.Kind
        /// Each outlet's wording, in article order.
        public var variants: [Variant]

        public var outlets: [String] {
            var seen = Set<String>()
            return variants.map(\.outlet).filter { seen.insert($0).inserted }
        }
    }

    /// Entries carried by the most outlets first, then in order of first appearance.
    public var entries: [Entry]

    /// The share of the shorter quote's words that must appear, in order, in the longer one.
    static let containment = 0.6

    public init(_ articles: [AnalyzedArticle], roster: Roster, kinds: Set<Quote.Kind> = [.direct]) {
        var items: [(variant: Variant, words: [String], keys: [String], speaker: String?)] = []
        for analyzed in articles {
            let article = analyzed.article
            let outlet = article.outlet ?? article.agency ?? article.id
            for quote in analyzed.quotes where kinds.contains(quote.kind) {
                let speaker = quote.speakerEntity.map { roster.entry(article: article.id, entity: $0)?.name ?? $0 } ?? quote.speaker
                let words = Self.words(quote.text)
                items.append((Variant(quote: quote, article: article.id, outlet: outlet), words, Self.keys(words), speaker))
            }
        }
        var sets = DisjointSets(count: items.count)
        for (first, second) in Self.candidatePairs(items.map(\.keys)) {
            guard items[first].variant.article != items[second].variant.article,
                  items[first].variant.quote.kind == items[second].variant.quote.kind
            else { continue }
            if let a = items[first].speaker, let b = items[second].speaker, a != b,
               items[first].variant.quote.speakerEntity != nil, items[second].variant.quote.speakerEntity != nil {
                continue
            }
            if Self.sameWords(items[first].words, items[second].words, keys: (items[first].keys, items[second].keys)) {
                sets.union(first, second)
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in items.indices {
            let root = sets.find(index)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(index)
        }
        entries = order.map { root in
            let members = groups[root]!
            let speaker = members.lazy.compactMap { items[$0].speaker }.first
            return Entry(speaker: speaker, kind: items[members[0]].variant.quote.kind, variants: members.map { items[$0].variant })
        }
        .enumerated().sorted { ($0.element.outlets.count, -$0.offset) > ($1.element.outlets.count, -$1.offset) }.map(\.element)
    }

    /// The folded words of a quote, without punctuation: "Kadhafi's" → ["kadhafi", "s"].
    static func words(_ text: String) -> [String] {
        let view = TextView(text)
        return Tokenizer.tokenize(text).compactMap { token in
            guard token.kind == .word || token.kind == .number else { return nil }
            let folded = TextNormalizer.key(view.string(token))
            return folded.isEmpty ? nil : folded
        }
    }

    /// Each word's comparison key: the phonetic key for words of five letters or more (where transliterations
    /// differ), the word itself otherwise.
    static func keys(_ words: [String]) -> [String] {
        words.map { $0.count >= 5 ? PhoneticKey.of($0) : $0 }
    }

    /// Pairs of quotes that share enough distinct keys to possibly reach the containment bar, found through an
    /// inverted index: quotes with no words in common are never compared. Shared keys are counted in an array, one
    /// quote at a time against the later ones, not in a dictionary of every pair: common words put most quotes of a
    /// report in one posting, and hashing each of those pairs cost more than everything else in the ledger.
    static func candidatePairs(_ keys: [[String]]) -> [(Int, Int)] {
        let distinctKeys = keys.map { Array(Set($0)) }
        var postings: [String: [Int]] = [:]
        for (index, quoteKeys) in distinctKeys.enumerated() {
            for key in quoteKeys { postings[key, default: []].append(index) }
        }
        var shared = [Int](repeating: 0, count: keys.count)
        var touched: [Int] = []
        var pairs: [(Int, Int)] = []
        for a in keys.indices {
            for key in distinctKeys[a] {
                let posting = postings[key]!
                guard posting.count > 1 else { continue }
                // Postings are in ascending order: the later quotes start after the first entry above `a`.
                var low = 0, high = posting.count
                while low < high {
                    let middle = (low + high) / 2
                    if posting[middle] <= a { low = middle + 1 } else { high = middle }
                }
                for b in posting[low...] {
                    if shared[b] == 0 { touched.append(b) }
                    shared[b] += 1
                }
            }
            for b in touched {
                let shorter = min(distinctKeys[a].count, distinctKeys[b].count)
                if Double(shared[b]) >= containment * Double(shorter) { pairs.append((a, b)) }
                shared[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs.sorted { $0 < $1 }
    }

    static func sameWords(_ a: [String], _ b: [String], keys: ([String], [String])? = nil) -> Bool {
        let (aKeys, bKeys) = keys ?? (Self.keys(a), Self.keys(b))
        let swap = a.count > b.count
        let shorter = swap ? b : a, longer = swap ? a : b
        guard !shorter.isEmpty else { return false }
        if shorter.count < 4 { return shorter == longer }
        let common = commonSubsequence(shorter, longer, swap ? bKeys : aKeys, swap ? aKeys : bKeys)
        return Double(common) >= containment * Double(shorter.count)
    }

    /// The length of the longest common subsequence, with words matching when equal or, for longer words,
    /// when their phonetic keys agree (transliterations).
    static func commonSubsequence(_ a: [String], _ b: [String], _ aKeys: [String], _ bKeys: [String]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] || (a[i - 1].count >= 5 && aKeys[i - 1] == bKeys[j - 1])
                    ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
