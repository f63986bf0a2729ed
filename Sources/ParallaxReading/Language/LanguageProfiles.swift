import Foundation

/// Character n-gram log-probabilities per language, parsed once from the packed profile data.
///
/// N-grams are keyed by their scalars packed into one integer (21 bits each), so that scoring a text
/// hashes integers rather than building a string per n-gram.
struct LanguageProfiles: Sendable {
    /// Language codes in profile order.
    let languages: [String]
    /// For each n-gram key, the range of its entries in `entryLanguages` and `entryLogProbabilities`.
    private let entriesByGram: [UInt64: Range<Int>]
    private let entryLanguages: [Int]
    /// log P(gram | language), smoothed.
    private let entryLogProbabilities: [Float]

    /// The smoothing added to every probability: what an n-gram missing from a profile is worth.
    /// It is the same for all languages, because the profiles were pruned at different depths and a
    /// missing n-gram says little about how rare it is (langdetect smooths the same way).
    static let smoothing = 0.5 / 10_000

    /// The profiles shipped with Parallax (see `Scripts/make-language-profiles.py`).
    static let shipped = LanguageProfiles(packed: packed)

    /// The key of an n-gram of one to three scalars.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var key: UInt64 = 0
        for scalar in scalars { key = key << 21 | UInt64(scalar.value) }
        return key
    }

    init(packed: String) {
        var languages: [String] = []
        var totals: [[Double]] = []
        var entries: [UInt64: [(language: Int, logProbability: Float)]] = [:]
        for line in packed.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == "@" {
                let fields = line.dropFirst().split(separator: " ")
                languages.append(String(fields[0]))
                totals.append(fields.dropFirst().map { Double($0) ?? 1 })
                continue
            }
            guard let tab = line.lastIndex(of: "\t"), let count = Double(line[line.index(after: tab)...]) else { continue }
            let scalars = Array(line[..<tab].unicodeScalars)
            guard (1...3).contains(scalars.count) else { continue }
            let language = languages.count - 1
            let probability = count / totals[language][scalars.count - 1] + Self.smoothing
            entries[Self.key(scalars[...]), default: []].append((language, Float(log(probability))))
        }
        var entriesByGram: [UInt64: Range<Int>] = [:]
        var entryLanguages: [Int] = []
        var entryLogProbabilities: [Float] = []
        for (key, list) in entries {
            entriesByGram[key] = entryLanguages.count..<(entryLanguages.count + list.count)
            entryLanguages.append(contentsOf: list.map(\.language))
            entryLogProbabilities.append(contentsOf: list.map(\.logProbability))
        }
        self.languages = languages
        self.entriesByGram = entriesByGram
        self.entryLanguages = entryLanguages
        self.entryLogProbabilities = entryLogProbabilities
    }

    /// Adds to `scores` what each language that knows the n-gram gains over the shared smoothing floor.
    func accumulate(gram key: UInt64, into scores: inout [Float], floor: Float) {
        guard let range = entriesByGram[key] else { return }
        for entry in range {
            scores[entryLanguages[entry]] += entryLogProbabilities[entry] - floor
        }
    }
}
