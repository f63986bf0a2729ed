/// Character n-gram log-probabilities per language, parsed once from the packed profile data.
struct LanguageProfiles: Sendable {
    /// Language codes in profile order.
    let languages: [String]
    /// For each n-gram: the languages that have it, with log P(gram | language) (smoothed).
    let gramLogProbabilities: [String: [(language: Int, logProbability: Float)]]
    /// The smoothing added to every probability: what an n-gram missing from a profile is worth.
    /// It is the same for all languages, because the profiles were pruned at different depths and a
    /// missing n-gram says little about how rare it is (langdetect smooths the same way).
    static let smoothing = 0.5 / 10_000

    /// The profiles shipped with Parallax (see `Scripts/make-language-profiles.py`).
    static let shipped = LanguageProfiles(packed: packed)

    init(packed: String) {
        var languages: [String] = []
        var totals: [[Double]] = []
        var grams: [String: [(language: Int, logProbability: Float)]] = [:]
        for line in packed.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == "@" {
                let fields = line.dropFirst().split(separator: " ")
                languages.append(String(fields[0]))
                totals.append(fields.dropFirst().map { Double($0) ?? 1 })
                continue
            }
            guard let tab = line.lastIndex(of: "\t"), let count = Double(line[line.index(after: tab)...]) else { continue }
            let gram = String(line[..<tab])
            let length = min(max(gram.unicodeScalars.count, 1), 3)
            let language = languages.count - 1
            let probability = count / totals[language][length - 1] + Self.smoothing
            grams[gram, default: []].append((language, Float(Foundation.log(probability))))
        }
        self.languages = languages
        self.gramLogProbabilities = grams
    }
}

import Foundation
