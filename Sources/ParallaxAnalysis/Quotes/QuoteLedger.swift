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

    /// What makes quotes one form: their kind and their words.
    private struct FormKey: Hashable {
        var kind: Quote.Kind
        var words: [Int]
    }

    /// The share of the shorter quote's words that must appear, in order, in the longer one.
    static let containment = 0.6

    /// The most word pairs the subsequence of two quotes is worked out over (two quotes of 2,000 words).
    static let longestComparison = 4_000_000

    public init(_ articles: [AnalyzedArticle], roster: Roster, kinds: Set<Quote.Kind> = [.direct]) {
        var items: [(variant: Variant, speaker: String?)] = []
        // Quotes with the same words are one form: their words are compared once, however many outlets carry them.
        // Each form keeps its words as integers and its distinct keys; the words as strings are let go at once (a
        // clause running to the end of a 10 MB sentence is a million of them).
        var forms: [[Int]] = []
        var interned: [InternedWords] = []
        var distinctKeys: [[String]] = []
        var formOf: [FormKey: Int] = [:]
        var interner = WordInterner()
        // Each word's phonetic key worked out once: a story's quotes repeat the same words thousands of times.
        var keyOfWord: [String: String] = [:]
        for analyzed in articles {
            let article = analyzed.article
            let outlet = article.outlet ?? article.agency ?? article.id
            for quote in analyzed.quotes where kinds.contains(quote.kind) {
                let speaker = quote.speakerEntity.map { roster.entry(article: article.id, entity: $0)?.name ?? $0 } ?? quote.speaker
                let words = Self.words(quote.text)
                let formKey = FormKey(kind: quote.kind, words: interner.numbers(of: words))
                if let form = formOf[formKey] {
                    forms[form].append(items.count)
                } else {
                    let keys = words.map { word in
                        if let known = keyOfWord[word] { return known }
                        let key = Self.key(word)
                        keyOfWord[word] = key
                        return key
                    }
                    formOf[formKey] = forms.count
                    forms.append([items.count])
                    interned.append(interner.intern(words, numbered: formKey.words, keys: keys))
                    var seen = Set<String>()
                    distinctKeys.append(keys.filter { seen.insert($0).inserted })
                }
                items.append((Variant(quote: quote, article: article.id, outlet: outlet), speaker))
            }
        }
        let sides = items.map { QuoteSide(article: $0.variant.article,
                                          speaker: $0.variant.quote.speakerEntity == nil ? nil : $0.speaker) }
        var sets = DisjointSets(count: items.count)
        // A form's own copies in other articles, then forms whose words match.
        for (form, members) in forms.enumerated() where !interned[form].words.isEmpty {
            Self.join(members, members, sides: sides, in: &sets)
        }
        // A form of fewer than four words matches only its own words (`sameWords`), which are its form's: it
        // never joins another form, so it is left out of the search for pairs.
        let searched = forms.indices.map { interned[$0].words.count < 4 ? [] : distinctKeys[$0] }
        for (first, second) in Self.candidatePairs(searched) {
            guard items[forms[first][0]].variant.quote.kind == items[forms[second][0]].variant.quote.kind else { continue }
            // Forms already joined through others need no comparing: the subsequence is the ledger's dearest step.
            let root = sets.find(forms[first][0])
            if (forms[first] + forms[second]).allSatisfy({ sets.find($0) == root }) { continue }
            guard Self.sameWords(interned[first], interned[second]) else { continue }
            Self.join(forms[first], forms[second], sides: sides, in: &sets)
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
        words.map(key)
    }

    static func key(_ word: String) -> String {
        word.count >= 5 ? PhoneticKey.of(word) : word
    }

    static func sameWords(_ a: [String], _ b: [String], keys: ([String], [String])? = nil) -> Bool {
        let (aKeys, bKeys) = keys ?? (Self.keys(a), Self.keys(b))
        var interner = WordInterner()
        return sameWords(interner.intern(a, keys: aKeys), interner.intern(b, keys: bKeys))
    }

    static func sameWords(_ a: InternedWords, _ b: InternedWords) -> Bool {
        let swap = a.words.count > b.words.count
        let shorter = swap ? b : a, longer = swap ? a : b
        guard !shorter.words.isEmpty else { return false }
        if shorter.words.count < 4 { return shorter.words == longer.words }
        // The subsequence costs the product of the lengths: quotes of thousands of words (pasted documents, not
        // speech) are the same only when their words are.
        if shorter.words.count * longer.words.count > longestComparison { return shorter.words == longer.words }
        let needed = containment * Double(shorter.words.count)
        // Matching words have equal keys, so the keys the two share (with repeats) bound the subsequence: a pair
        // that shares too few words fails here, in one pass over both, before the subsequence is worked out.
        guard Double(SortedLists.sharedCount(shorter.sortedKeys, longer.sortedKeys)) >= needed else { return false }
        return Double(commonSubsequence(shorter, longer)) >= needed
    }

    /// The length of the longest common subsequence, with words matching when equal or, for longer words,
    /// when their phonetic keys agree (transliterations). Words are compared as integers: this is the ledger's
    /// inner loop, a word of `b` at a time through `a`'s index when `a` has 64 words or fewer.
    static func commonSubsequence(_ a: InternedWords, _ b: InternedWords) -> Int {
        if let words = a.wordIndex, let longKeys = a.longKeyIndex {
            return words.length(matching: b.words.indices.lazy.map { words.mask(of: b.words[$0]) | longKeys.mask(of: b.keys[$0]) })
        }
        var previous = [Int](repeating: 0, count: b.words.count + 1)
        var current = previous
        for i in a.words.indices {
            let word = a.words[i], key = a.keys[i], isLong = a.isLong[i]
            for j in b.words.indices {
                current[j + 1] = word == b.words[j] || (isLong && key == b.keys[j])
                    ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.words.count]
    }
}
