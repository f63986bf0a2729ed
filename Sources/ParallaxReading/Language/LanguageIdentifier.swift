import Foundation

/// Identifies the language of a text: by script where a script names one language (kana → ja, Hangul → ko),
/// else by naive Bayes over character 1-3-grams against profiles of the languages written in that script.
///
/// ```swift
/// LanguageIdentifier().identify("Der Bundestag hat am Donnerstag …")  // "de"
/// ```
public struct LanguageIdentifier: Sendable {
    private let profiles: LanguageProfiles
    /// Only this many letters are looked at: a few sentences settle the question.
    private let letterLimit = 2_000
    private let unseenLogProbability = Float(log(LanguageProfiles.smoothing))

    public init() {
        profiles = .shipped
    }

    /// The ISO 639-1 code of the text's language, or nil when it holds too few letters to tell.
    public func identify(_ text: String) -> String? {
        judge(text)?.language
    }

    /// The text's language, with how sure the choice is: `margin` is how much more likely, per word, the text is
    /// in that language than in the runner-up of its script (natural log; 0 for a script of one language), over
    /// the `letters` looked at.
    public func judge(_ text: String) -> (language: String, margin: Float, letters: Int)? {
        var scripts = ScriptCounts()
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        var letters = 0
        for scalar in text.unicodeScalars {
            guard letters < letterLimit else { break }
            if scalar.properties.isAlphabetic {
                letters += 1
                scripts.count(scalar)
                word.append(Self.normalized(scalar))
            } else if !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        guard letters >= 3, let script = scripts.dominant else { return nil }
        switch script {
        case .latin, .cyrillic, .arabic:
            return bestProfileMatch(words: words, script: script).map { ($0.language, $0.margin, letters) }
        default:
            return script.language.map { ($0, Float.infinity, letters) }
        }
    }

    private func bestProfileMatch(words: [[Unicode.Scalar]], script: Script) -> (language: String, margin: Float)? {
        let candidates = profiles.languages.indices.filter { Script.of(language: profiles.languages[$0]) == script }
        guard !candidates.isEmpty else { return nil }
        var scores = [Float](repeating: 0, count: profiles.languages.count)
        var padded: [Unicode.Scalar] = []
        for word in words {
            // Grams never span two words: " ab", "abc", "bc " (as langdetect counts them).
            padded.removeAll(keepingCapacity: true)
            padded.append(" ")
            padded.append(contentsOf: word)
            padded.append(" ")
            for start in padded.indices {
                for length in 1...3 where start + length <= padded.count {
                    if length == 1 && padded[start] == " " { continue }
                    profiles.accumulate(
                        gram: LanguageProfiles.key(padded[start..<(start + length)]), into: &scores,
                        floor: unseenLogProbability)
                }
            }
        }
        let best = candidates.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
        let runnerUp = candidates.filter { $0 != best }.map { scores[$0] }.max()
        let margin = runnerUp.map { (scores[best] - $0) / Float(max(words.count, 1)) } ?? .infinity
        return (profiles.languages[best], margin)
    }

    /// The character folding the profiles were counted with.
    private static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x219: return "\u{15F}"  // Romanian s with comma below, counted as s with cedilla
        case 0x21B: return "\u{163}"
        case 0x6CC: return "\u{64A}"  // Farsi yeh, counted as Arabic yeh
        default: return scalar
        }
    }
}
