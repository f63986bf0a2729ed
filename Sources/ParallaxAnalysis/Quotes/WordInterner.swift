/// A quote's words and comparison keys as integers, so that comparing two quotes compares integers, not strings.
struct InternedWords {
    var words: [Int]
    var keys: [Int]
    /// Whether each word is long enough (five letters) to match another by its phonetic key.
    var isLong: [Bool]
    /// The keys in ascending order, repeats kept.
    var sortedKeys: [Int]
    /// For quotes of at most 64 words, the words and the keys of the long words indexed for the common
    /// subsequence (`QuoteLedger.commonSubsequence`).
    var wordIndex: CommonSubsequence?
    var longKeyIndex: CommonSubsequence?
}

/// Numbers words and keys in order of first sight; one interner numbers all the quotes compared together.
struct WordInterner {
    private var words: [String: Int] = [:]
    private var keys: [String: Int] = [:]

    mutating func intern(_ quoteWords: [String], keys quoteKeys: [String]) -> InternedWords {
        intern(quoteWords, numbered: numbers(of: quoteWords), keys: quoteKeys)
    }

    /// Interns a quote whose words `numbers(of:)` has numbered already.
    mutating func intern(_ quoteWords: [String], numbered numberedWords: [Int], keys quoteKeys: [String]) -> InternedWords {
        let numberedKeys = quoteKeys.map { key in Self.number(key, in: &keys) }
        let isLong = quoteWords.map { $0.count >= 5 }
        // A short word matches by its spelling only: its key stands in as a number no key has (negative).
        let longKeys = numberedKeys.indices.map { isLong[$0] ? numberedKeys[$0] : -1 - $0 }
        return InternedWords(
            words: numberedWords, keys: numberedKeys, isLong: isLong, sortedKeys: numberedKeys.sorted(),
            wordIndex: CommonSubsequence(numberedWords), longKeyIndex: CommonSubsequence(longKeys))
    }

    /// The words' numbers, as `intern` gives them.
    mutating func numbers(of quoteWords: [String]) -> [Int] {
        quoteWords.map { word in Self.number(word, in: &words) }
    }

    private static func number(_ string: String, in table: inout [String: Int]) -> Int {
        if let known = table[string] { return known }
        table[string] = table.count
        return table.count - 1
    }
}
