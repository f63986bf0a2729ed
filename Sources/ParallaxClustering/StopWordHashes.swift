import ParallaxAnalysis

/// The hashes of each language's stop words, as `ArticleFeatures` hashes a folded word. An article's own
/// language decides which list applies (English when unknown): a German report's "der", "und", "nach" carry no
/// topic, while "die", "war" and "also", German stop words, are English content words.
struct StopWordHashes: Sendable {
    private let byLanguage: [String: Set<UInt64>]
    private let english: Set<UInt64>

    init(_ stopWords: StopWords) {
        var lists: [String: Set<UInt64>] = [:]
        for language in stopWords.languages {
            lists[language] = Set(stopWords.words(of: language).map { FeatureHash.hash(TextNormalizer.fold($0)) })
        }
        byLanguage = lists
        english = lists["en"] ?? []
    }

    func forLanguage(_ language: String?) -> Set<UInt64> {
        language.flatMap { byLanguage[$0] } ?? english
    }
}
