/// Function words of the languages Parallax identifies, which carry no topic (python-stop-words' lists).
public struct StopWords: Sendable {
    private let wordsByLanguage: [String: Set<String>]

    /// The shipped lists (see `Scripts/make-analysis-data.py`).
    public static let shipped = StopWords(packed: packed)

    init(packed: String) {
        var lists: [String: Set<String>] = [:]
        var language = ""
        for line in packed.split(separator: "\n") {
            if line.first == "@" {
                language = String(line.dropFirst())
            } else {
                lists[language, default: []].insert(String(line))
            }
        }
        wordsByLanguage = lists
    }

    /// Whether the lower-cased word is a stop word of the language (English when unknown).
    public func contains(_ lowercasedWord: String, language: String? = nil) -> Bool {
        wordsByLanguage[language ?? "en"]?.contains(lowercasedWord) ?? false
    }

    public var languages: [String] { wordsByLanguage.keys.sorted() }

    public func words(of language: String) -> Set<String> {
        wordsByLanguage[language] ?? []
    }
}
