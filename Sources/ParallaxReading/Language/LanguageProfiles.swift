/// Character n-gram log-probabilities per language, parsed once from the packed profile data.
struct LanguageProfiles: Sendable {
    /// Language codes in profile order.
    let languages: [String]
    /// For each n-gram: the languages that have it, with log P(gram | language).
    let gramLogProbabilities: [String: [(language: Int, logProbability: Float)]]
    /// log P of an n-gram a language's profile lacks, per language and n-gram length (index 0 for n = 1).
    let unseenLogProbability: [[Float]]

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
            let probability = (count + 0.5) / totals[language][length - 1]
            grams[gram, default: []].append((language, Float(Foundation.log(probability))))
        }
        self.languages = languages
        self.gramLogProbabilities = grams
        self.unseenLogProbability = totals.map { perLength in perLength.map { Float(Foundation.log(0.5 / $0)) } }
    }
}

import Foundation
