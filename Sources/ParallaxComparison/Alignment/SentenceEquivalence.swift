import Foundation
import ParallaxAnalysis

/// Whether two sentences state the same thing: the decision the report uses to say that two outlets carry one
/// fact, and what `parallax eval alignment` measures on paraphrase pairs.
///
/// Model-free features, combined by a logistic function of nine weights:
/// - how much of each sentence's content (non-stop-word stems, weighted by IDF over the sentences compared) the
///   other shares, the lower and the higher of the two;
/// - the share of words and of word pairs (bigrams) the two have in common, lower and higher;
/// - the longest common subsequence of their words, over the longer sentence;
/// - how many figures one gives that the other does not ("sold for $1.8 billion" vs "$2.5 billion");
/// - how much content (IDF mass) the fuller sentence adds that the other lacks: an extra clause is an extra fact.
///
/// The weights were fitted once by logistic regression (L2 penalty 1e-4, Newton steps) on the first two thirds
/// of the MRPC train file (`parallax eval alignment FILE --features OUT` writes the features) and checked on its
/// last third: accuracy 0.756 and 0.758. They are not refitted per story; only the word rarity is.
public struct SentenceEquivalence: Sendable {
    /// A sentence reduced to what the features need.
    public struct Sentence: Sendable {
        /// Every word and number, lower-cased and stemmed, in order.
        public var tokens: [String]
        /// Content stems: no stop words, no numbers.
        public var content: Set<String>
        /// Figures as written without thousands separators: "1800", "2.5".
        public var numbers: Set<String>

        public init(_ text: String, stopWords: StopWords = .shipped) {
            let view = TextView(text)
            var tokens: [String] = []
            var content = Set<String>()
            var numbers = Set<String>()
            for token in Tokenizer.tokenize(text) {
                switch token.kind {
                case .word:
                    let folded = TextNormalizer.fold(view.string(token))
                    let stem = EnglishStemmer.stem(SpellingKey.american(Self.dropPossessive(folded)))
                    tokens.append(stem)
                    if !stopWords.contains(folded, language: "en") && folded.count > 1 { content.insert(stem) }
                case .number:
                    let number = view.string(token).replacingOccurrences(of: ",", with: "")
                    tokens.append(number)
                    numbers.insert(number)
                default:
                    continue
                }
            }
            self.tokens = tokens
            self.content = content
            self.numbers = numbers
        }

        private static func dropPossessive(_ word: String) -> String {
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) && word.count > 2 { return String(word.dropLast(2)) }
            return word
        }
    }

    /// Inverse document frequency of content stems over the sentences compared (a story's, or a file's).
    public struct Rarity: Sendable {
        private var documentFrequency: [String: Double] = [:]
        private var count = 0.0

        public init(_ sentences: [Sentence]) {
            for sentence in sentences { add(sentence) }
        }

        /// Counts one more sentence: sentences can be counted one at a time and let go.
        mutating func add(_ sentence: Sentence) {
            for stem in sentence.content { documentFrequency[stem, default: 0] += 1 }
            count += 1
        }

        public func idf(_ stem: String) -> Double {
            log((count + 1) / ((documentFrequency[stem] ?? 0) + 1)) + 1
        }
    }

    /// Names of the features, in the order of `features(_:_:)` and of `weights`.
    public static let featureNames = [
        "content_shared_low", "content_shared_high", "words_shared_low", "words_shared_high", "bigrams_shared_low",
        "bigrams_shared_high", "common_subsequence", "unmatched_figures", "content_added",
    ]
    /// Logistic regression weights for `featureNames`, then the bias (see the type's comment).
    static let weights: [Double] = [0.39, 0.38, 5.0, 2.24, 0.27, -4.57, 5.19, -1.06, -0.3]
    static let bias = -4.49

    public let rarity: Rarity

    public init(rarity: Rarity) {
        self.rarity = rarity
    }

    /// A sentence as the features read it, its words as integers: measured once per sentence, so that comparing
    /// a story's pairs merges sorted integer arrays instead of building word sets and strings for every pair.
    public struct Measured: Sendable {
        /// Word ids in order, for the common subsequence.
        var tokens: [Int]
        /// Content stem ids, ascending, and each one's IDF.
        var content: [Int]
        var contentIDF: [Double]
        /// The IDF mass of the content.
        var mass: Double
        /// (word id, count) and (word pair key, count), ascending.
        var words: [(Int, Int)]
        var bigrams: [(Int, Int)]
        /// Figure ids, ascending, no repeats.
        var numbers: [Int]
        /// The word ids indexed for the common subsequence, when there are at most 64.
        var subsequence: CommonSubsequence?
    }

    /// Measures sentences with one set of word ids: only sentences measured in the same call may be compared.
    public func measure(_ sentences: [Sentence]) -> [Measured] {
        var ids = WordIDs()
        return sentences.map { measure($0, ids: &ids) }
    }

    /// Word ids, given in order of first use: a sentence numbered before it is measured gets the ids measuring
    /// it would have given, so sentences can be numbered one at a time and only those compared kept and
    /// measured (a long article's sentences are mostly in no pair, and keeping and measuring each took 25 times
    /// its text). The ids order each sentence's content, and so the order its IDF is summed in.
    struct WordIDs {
        private var ids: [String: Int] = [:]

        mutating func id(_ word: String) -> Int {
            if let known = ids[word] { return known }
            ids[word] = ids.count
            return ids.count - 1
        }

        /// Gives the sentence's words their ids, as measuring it would.
        mutating func number(_ sentence: Sentence) {
            for word in sentence.tokens { _ = id(word) }
            for stem in sentence.content.sorted() { _ = id(stem) }
            for number in sentence.numbers { _ = id(number) }
        }
    }

    /// Measures one sentence with `ids`, shared by the sentences it may be compared with.
    func measure(_ sentence: Sentence, ids: inout WordIDs) -> Measured {
        func id(_ word: String) -> Int { ids.id(word) }
        func counts(_ keys: [Int]) -> [(Int, Int)] {
            var result: [(Int, Int)] = []
            for key in keys.sorted() {
                if let last = result.last, last.0 == key { result[result.count - 1].1 += 1 } else { result.append((key, 1)) }
            }
            return result
        }
        let tokens = sentence.tokens.map(id)
        // Content in a fixed order (not the set's, which changes from run to run), so masses sum alike every run.
        let content = sentence.content.sorted().map { (id($0), rarity.idf($0)) }.sorted { $0.0 < $1.0 }
        let bigrams = tokens.count >= 2 ? (0..<(tokens.count - 1)).map { tokens[$0] << 32 | tokens[$0 + 1] } : []
        return Measured(
            tokens: tokens, content: content.map(\.0), contentIDF: content.map(\.1),
            mass: content.reduce(0) { $0 + $1.1 }, words: counts(tokens), bigrams: counts(bigrams),
            numbers: Set(sentence.numbers.map(id)).sorted(), subsequence: CommonSubsequence(tokens))
    }

    /// The features of a pair, each about 0…1 (see the type's comment).
    public func features(_ a: Sentence, _ b: Sentence) -> [Double] {
        let measured = measure([a, b])
        return features(measured[0], measured[1])
    }

    /// The features of two sentences measured together.
    public func features(_ a: Measured, _ b: Measured) -> [Double] {
        var sharedMass = 0.0
        var i = 0, j = 0
        while i < a.content.count, j < b.content.count {
            if a.content[i] == b.content[j] {
                sharedMass += a.contentIDF[i]
                i += 1
                j += 1
            } else if a.content[i] < b.content[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let coverA = a.mass > 0 ? sharedMass / a.mass : 0, coverB = b.mass > 0 ? sharedMass / b.mass : 0
        let words = Self.overlap(a.words, b.words)
        let bigrams = Self.overlap(a.bigrams, b.bigrams)
        let subsequence = Double(Self.commonSubsequence(a, b)) / Double(max(1, a.tokens.count, b.tokens.count))
        let sharedNumbers = Self.overlap(a.numbers.map { ($0, 1) }, b.numbers.map { ($0, 1) }).shared
        let unmatchedFigures = Double(min(3, a.numbers.count + b.numbers.count - 2 * sharedNumbers)) / 3
        let added = max(a.mass - sharedMass, b.mass - sharedMass) / 20
        return [min(coverA, coverB), max(coverA, coverB), min(words.0, words.1), max(words.0, words.1),
                min(bigrams.0, bigrams.1), max(bigrams.0, bigrams.1), subsequence, unmatchedFigures, added]
    }

    /// The probability, by the fitted weights, that the two sentences say the same thing.
    public func probability(_ a: Sentence, _ b: Sentence) -> Double {
        let measured = measure([a, b])
        return probability(measured[0], measured[1])
    }

    public func probability(_ a: Measured, _ b: Measured) -> Double {
        let z = zip(features(a, b), Self.weights).reduce(Self.bias) { $0 + $1.0 * $1.1 }
        return 1 / (1 + exp(-z))
    }

    public func areEquivalent(_ a: Sentence, _ b: Sentence) -> Bool {
        probability(a, b) >= 0.5
    }

    public func areEquivalent(_ a: Measured, _ b: Measured) -> Bool {
        probability(a, b) >= 0.5
    }

    /// Shared count (multiset) over each side's count, and the shared count, of two (key, count) lists sorted by key.
    static func overlap(_ a: [(Int, Int)], _ b: [(Int, Int)]) -> (Double, Double, shared: Int) {
        var shared = 0, i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i].0 == b[j].0 {
                shared += min(a[i].1, b[j].1)
                i += 1
                j += 1
            } else if a[i].0 < b[j].0 {
                i += 1
            } else {
                j += 1
            }
        }
        let totalA = a.reduce(0) { $0 + $1.1 }, totalB = b.reduce(0) { $0 + $1.1 }
        return (totalA > 0 ? Double(shared) / Double(totalA) : 0, totalB > 0 ? Double(shared) / Double(totalB) : 0, shared)
    }

    /// Length of the longest common subsequence of two measured sentences' words: a word at a time through
    /// the shorter one's index, or through the table below when both are longer than an index holds.
    static func commonSubsequence(_ a: Measured, _ b: Measured) -> Int {
        let (shorter, longer) = a.tokens.count <= b.tokens.count ? (a, b) : (b, a)
        if let index = shorter.subsequence { return index.length(with: longer.tokens) }
        return commonSubsequence(a.tokens, b.tokens)
    }

    /// Length of the longest common subsequence of words; sentences are short, so one row of the table suffices.
    static func commonSubsequence<Word: Equatable>(_ a: [Word], _ b: [Word]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
