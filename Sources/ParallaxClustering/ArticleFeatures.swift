import ParallaxAnalysis
import ParallaxReading

/// What the clusterer knows of an article, computed in one pass over its tokens: hashed term counts (word
/// prefixes, names, numbers), its publication day, and word shingles for near-duplicates.
///
/// Terms are cheap on purpose (the first seven letters of a folded word stand in for a stem): clustering must
/// keep up with thousands of articles a second, and prefixes group "casualties"/"casualty" as well as a stemmer.
struct ArticleFeatures: Sendable {
    /// Term hash → weight before IDF (counts, with names and the title weighted up).
    var terms: [UInt64: Float]
    /// Names (capitalised words inside sentences, transliterated) and numbers are *specific* terms: they tell
    /// apart two similar events of one story. Their hashes carry this bit.
    static let specificBit: UInt64 = 1 << 63

    static func isSpecific(_ term: UInt64) -> Bool { term & specificBit != 0 }
    /// The publication date, as a day number.
    var day: Int?
    /// The day the lead says the event happened ("on Tuesday" resolved against the publication date), if it says.
    var leadDay: Int?
    /// Hashes of each run of five words, for near-duplicate detection.
    var shingles: [UInt64]
    /// The language the article is written in (ISO 639-1), when known.
    var language: String?
    /// The latest year the title or text names (a four-digit number from 1950 to 2049): a report cannot name a
    /// year after its own, so for an undated article it bounds when it was written.
    var latestYear: Int?

    static let prefixLength = 7

    /// How much names, numbers and title words count beside body words.
    struct Weights: Sendable {
        var name: Float = 2
        var number: Float = 1
        var title: Float = 2
    }

    let weights: Weights

    init(_ article: Article, stopWords: StopWordHashes, weights: Weights = Weights()) {
        self.weights = weights
        terms = [:]
        shingles = []
        language = Self.primaryLanguage(article.language)
        var titleWords: [UInt64] = []
        var wordHashes: [UInt64] = []
        let stopWords = stopWords.forLanguage(language)
        let capitalizesNouns = language == "de"
        add(article.title ?? "", weight: weights.title, stopWords: stopWords, capitalizesNouns: capitalizesNouns,
            wordHashes: &titleWords)
        add(article.text, weight: 1, stopWords: stopWords, capitalizesNouns: capitalizesNouns, wordHashes: &wordHashes)
        if wordHashes.count >= 5 {
            shingles.reserveCapacity(wordHashes.count - 4)
            for start in 0...(wordHashes.count - 5) {
                var hash = FeatureHash.offset
                for index in start..<(start + 5) { hash = FeatureHash.mix(hash ^ wordHashes[index], UInt64(index - start + 1)) }
                shingles.append(hash)
            }
        }
        day = article.date?.dayNumber
        leadDay = Self.leadDay(article)
    }

    /// Adds a text's terms; `wordHashes` receives the hash of every word and number, in order, for shingles.
    private mutating func add(
        _ text: String, weight: Float, stopWords: Set<UInt64>, capitalizesNouns: Bool, wordHashes: inout [UInt64]
    ) {
        let view = TextView(text)
        let tokens = view.utf8.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0) }
        var sentenceStart = true
        /// In German, whether the word before makes a capitalised word a noun (`GermanNouns`).
        var nounFollows = false
        var lowered: [UInt8] = []
        let utf8 = view.utf8
        utf8.withUnsafeBufferPointer { bytes in
            for token in tokens {
                let slice = UnsafeBufferPointer(rebasing: bytes[token.bytes])
                switch token.kind {
                case .word:
                    let isCapitalized = Self.isCapitalized(slice)
                    let word = Self.foldedWord(slice, scratch: &lowered)
                    wordHashes.append(word.hash)
                    let isNoun = nounFollows
                    defer {
                        sentenceStart = false
                        if capitalizesNouns {
                            nounFollows = lowered.withUnsafeBufferPointer {
                                GermanNouns.nounFollows($0, hash: word.hash, wasLowercase: !isCapitalized)
                            }
                        }
                    }
                    guard word.bytes > 2, !stopWords.contains(word.hash) else { continue }
                    if isCapitalized, !sentenceStart, !isNoun {
                        // A name: the whole folded word, so that "Gates" and "gate" stay apart.
                        terms[word.nameHash | Self.specificBit, default: 0] += weight * weights.name
                    } else {
                        terms[word.prefixHash & ~Self.specificBit, default: 0] += weight
                    }
                case .number:
                    if slice.count == 4, slice[0] == UInt8(ascii: "1") || slice[0] == UInt8(ascii: "2"),
                       slice.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                        let year = slice.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                        if (1950...2049).contains(year) { latestYear = max(latestYear ?? year, year) }
                    }
                    wordHashes.append(FeatureHash.hash(slice))
                    terms[FeatureHash.hash(slice, seed: 0x1234) | Self.specificBit, default: 0] += weight * weights.number
                    sentenceStart = false
                    nounFollows = capitalizesNouns
                case .cjk:
                    terms[FeatureHash.hash(slice) & ~Self.specificBit, default: 0] += weight
                    sentenceStart = false
                case .punctuation:
                    nounFollows = false
                    if slice.count == 1, slice[0] == UInt8(ascii: ".") || slice[0] == UInt8(ascii: "!") || slice[0] == UInt8(ascii: "?") {
                        sentenceStart = true
                    }
                case .url:
                    continue
                }
                if token.startsParagraph { sentenceStart = token.kind == .punctuation }
            }
        }
    }

    /// The language alone, as ISO 639 names it ("de-AT" and "DE" are "de"); nil for a tag that names none (a
    /// `lang` field can hold anything, and each event keeps its first article's).
    static func primaryLanguage(_ tag: String?) -> String? {
        guard let primary = tag?.prefix(while: { $0 != "-" && $0 != "_" }).lowercased(),
              (2...3).contains(primary.count), primary.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return primary
    }

    /// Whether a word begins with a capital letter. Only a cased script has names to tell by it: an Arabic or
    /// Devanagari word is never capitalised, nor is "élection".
    private static func isCapitalized(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = slice[0]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        var decoder = UTF8()
        var bytes = slice.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return false }
        return scalar.properties.isUppercase
    }

    /// A word's hashes, folded (lowercased, and for other scripts `TextNormalizer.fold`ed): of the whole word, of
    /// "N" and the word (a name), and of its first `prefixLength` characters; and its length in bytes. `scratch`
    /// is left holding the folded word.
    private static func foldedWord(
        _ slice: UnsafeBufferPointer<UInt8>, scratch lowered: inout [UInt8]
    ) -> (hash: UInt64, nameHash: UInt64, prefixHash: UInt64, bytes: Int) {
        guard slice.allSatisfy({ $0 < 0x80 }) else {
            let word = TextNormalizer.fold(String(decoding: slice, as: UTF8.self))
            lowered.removeAll(keepingCapacity: true)
            lowered.append(contentsOf: word.utf8)
            return (FeatureHash.hash(word), FeatureHash.hash(word, seed: nameSeed),
                    FeatureHash.hash(String(word.prefix(prefixLength))), word.utf8.count)
        }
        // Most words are ASCII: lowered byte by byte, hashed without making a String (a character is a byte).
        lowered.removeAll(keepingCapacity: true)
        for byte in slice { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return lowered.withUnsafeBufferPointer { bytes in
            (FeatureHash.hash(bytes), FeatureHash.hash(bytes, seed: nameSeed),
             FeatureHash.hash(UnsafeBufferPointer(rebasing: bytes.prefix(prefixLength))), bytes.count)
        }
    }

    /// The hash of "N": names are hashed as "N" followed by the word, apart from words.
    private static let nameSeed = FeatureHash.hash("N")

    /// The first day the opening paragraphs (600 characters) mention, resolved against the publication date.
    static func leadDay(_ article: Article) -> Int? {
        guard article.date != nil else { return nil }
        let lead = String(article.text.prefix(600))
        let view = TextView(lead)
        let tokens = view.utf8.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0) }
        let strings = TokenStrings(tokens, in: view)
        return DateExtractor(reference: article.date).dates(in: view, tokens: tokens, strings: strings)
            .first { $0.granularity == .day }?.date?.dayNumber
    }
}
