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

    /// Past this many words a quote is compared by its words alone (`sameWords`: with any quote of four words or
    /// more the pair passes `longestComparison`), so it needs no keys; and as no other form has its words, it
    /// matches none and is not searched. The clauses of a 10 MB sentence of reported speech are millions of words.
    static let longestKeyed = longestComparison / 4

    public init(_ articles: [AnalyzedArticle], roster: Roster, kinds: Set<Quote.Kind> = [.direct]) {
        // Each quote is held as its place in the articles until the entries are made: a variant copied per quote
        // here as well as into its entry held 800,000 short quotes twice (150 MB more at the peak).
        var items: [Item] = []
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
        let outlets = articles.map { $0.article.outlet ?? $0.article.agency ?? $0.article.id }
        for (articleIndex, analyzed) in articles.enumerated() {
            let article = analyzed.article
            for (quoteIndex, quote) in analyzed.quotes.enumerated() where kinds.contains(quote.kind) {
                let speaker = quote.speakerEntity.map { roster.entry(article: article.id, entity: $0)?.name ?? $0 } ?? quote.speaker
                let words = Self.words(quote.text)
                let formKey = FormKey(kind: quote.kind, words: interner.numbers(of: words))
                if let form = formOf[formKey] {
                    forms[form].append(items.count)
                } else if words.count > Self.longestKeyed {
                    formOf[formKey] = forms.count
                    forms.append([items.count])
                    interned.append(InternedWords(words: formKey.words, keys: [], isLong: [], sortedKeys: [],
                                                  wordIndex: nil, longKeyIndex: nil))
                    distinctKeys.append([])
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
                items.append(Item(article: articleIndex, quote: quoteIndex, speaker: speaker))
            }
        }
        func quote(_ item: Int) -> Quote { articles[items[item].article].quotes[items[item].quote] }
        let sides = items.map { item in
            QuoteSide(article: articles[item.article].article.id,
                      speaker: articles[item.article].quotes[item.quote].speakerEntity == nil ? nil : item.speaker)
        }
        var sets = DisjointSets(count: items.count)
        // A form's own copies in other articles, then forms whose words match.
        for (form, members) in forms.enumerated() where !interned[form].words.isEmpty {
            Self.join(members, members, sides: sides, in: &sets)
        }
        // A form of fewer than four words matches only its own words (`sameWords`), which are its form's: it
        // never joins another form, so it is left out of the search for pairs.
        let searched = forms.indices.map { interned[$0].words.count < 4 ? [] : distinctKeys[$0] }
        for (first, second) in Self.candidatePairs(searched) {
            guard quote(forms[first][0]).kind == quote(forms[second][0]).kind else { continue }
            // Forms already joined through others need no comparing: the subsequence is the ledger's dearest step.
            let root = sets.find(forms[first][0])
            if (forms[first] + forms[second]).allSatisfy({ sets.find($0) == root }) { continue }
            guard Self.sameWords(interned[first], interned[second]) else { continue }
            Self.join(forms[first], forms[second], sides: sides, in: &sets)
        }
        // The items set by set, the sets in order of their first item, laid out in one array (not an array per
        // set: 800,000 quotes are as many sets).
        var groupOfRoot = [Int](repeating: -1, count: items.count)
        var groupOfItem: [Int] = []
        groupOfItem.reserveCapacity(items.count)
        var starts: [Int] = []
        for index in items.indices {
            let root = sets.find(index)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = starts.count
                starts.append(0)
            }
            groupOfItem.append(groupOfRoot[root])
            starts[groupOfRoot[root]] += 1
        }
        var total = 0
        for group in starts.indices { (starts[group], total) = (total, total + starts[group]) }
        starts.append(total)
        var members = [Int](repeating: 0, count: items.count)
        var filled = starts
        for index in items.indices {
            members[filled[groupOfItem[index]]] = index
            filled[groupOfItem[index]] += 1
        }
        func membersOf(_ group: Int) -> ArraySlice<Int> { members[starts[group]..<starts[group + 1]] }
        let outletCounts = (0..<(starts.count - 1)).map { group in
            let slice = membersOf(group)
            return slice.count == 1 ? 1 : Set(slice.map { outlets[items[$0].article] }).count
        }
        // Entries carried by the most outlets first, then in order of first appearance.
        let order = outletCounts.indices.sorted { (outletCounts[$0], -$0) > (outletCounts[$1], -$1) }
        entries = order.map { group in
            let slice = membersOf(group)
            let speaker = slice.lazy.compactMap { items[$0].speaker }.first
            return Entry(speaker: speaker, kind: quote(slice.first!).kind, variants: slice.map { index in
                let item = items[index]
                return Variant(quote: articles[item.article].quotes[item.quote], article: articles[item.article].article.id,
                               outlet: outlets[item.article])
            })
        }
    }

    /// A quote of the articles: where it is, and its speaker's roster name (or as written).
    private struct Item {
        var article: Int
        var quote: Int
        var speaker: String?
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
