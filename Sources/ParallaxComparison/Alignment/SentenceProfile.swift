import ParallaxAnalysis
import ParallaxReading

/// What one sentence of one article is about, as weighted features: its content words (stemmed, spellings
/// folded), the roster entries it names, and its numbers.
struct SentenceProfile: Sendable {
    /// Index of the article in the comparison.
    var article: Int
    /// Index of the sentence in its article.
    var sentence: Int
    var text: String
    var start: Int
    var end: Int
    /// Feature → count: "w:abstain" (a stem), "c:kill" (a news concept), "p:w:missil w:defens" (a phrase of two),
    /// "e:4" (roster entry 4), "n:1973".
    var features: [String: Double]
    /// Phrase features with the words as written in this sentence: "p:w:missil w:defens" → "missile defence".
    var phrases: [String: String]
    /// The roster entries of people and organisations named: the actors.
    var actors: Set<Int>
    /// Days the sentence mentions (resolved, day granularity).
    var days: [CalendarDay]
    var wordCount: Int

    static func profiles(of article: AnalyzedArticle, index: Int, roster: Roster, rosterIndex: [String: Int],
                         stopWords: StopWords) -> [SentenceProfile] {
        let text = article.article.text
        let scalars = Array(text.unicodeScalars)
        let view = TextView(text)
        let mentions = article.entities.flatMap { entity in
            entity.mentions.map { (mention: $0, entity: entity) }
        }
        // Words inside names and the titles before them are counted as the entity they name, not as words.
        let nameRanges = mentions.map { item in
            (item.mention.start - (item.mention.title.map { $0.unicodeScalars.count + 1 } ?? 0))..<item.mention.end
        }
        return article.sentences.enumerated().map { number, sentence in
            var features: [String: Double] = [:]
            var actors = Set<Int>()
            var words = 0
            // The previous content stem, for phrases: "missil defens", "defens shield".
            var previousStem: String?
            var previousWord = ""
            var phrases: [String: String] = [:]
            for token in article.tokens[sentence.tokens] {
                switch token.kind {
                case .word:
                    words += 1
                    let folded = TextNormalizer.fold(view.string(token))
                    guard folded.count > 2, !stopWords.contains(folded, language: article.article.language),
                          !nameRanges.contains(where: { $0.contains(token.start) })
                    else {
                        previousStem = nil
                        continue
                    }
                    let stem = EnglishStemmer.stem(SpellingKey.american(folded))
                    let unit = NewsConcepts.conceptOfStem[stem].map { "c:" + $0 } ?? "w:" + stem
                    features[unit, default: 0] += 1
                    let word = view.string(token)
                    if let previous = previousStem {
                        let phrase = "p:" + previous + " " + unit
                        features[phrase, default: 0] += 1
                        if phrases[phrase] == nil { phrases[phrase] = previousWord + " " + word }
                    }
                    previousStem = unit
                    previousWord = word
                case .number:
                    features["n:" + view.string(token), default: 0] += 1
                    previousStem = nil
                default:
                    previousStem = nil
                    continue
                }
            }
            for item in mentions where item.mention.start >= sentence.start && item.mention.end <= sentence.end {
                guard let entry = roster.entry(article: article.article.id, entity: item.entity.name),
                      let position = rosterIndex[entry.name]
                else { continue }
                features["e:\(position)", default: 0] += 1
                if item.entity.type == .person || item.entity.type == .organization { actors.insert(position) }
            }
            let days = article.dates.filter { $0.start >= sentence.start && $0.end <= sentence.end && $0.granularity == .day }
                .compactMap(\.date)
            return SentenceProfile(
                article: index, sentence: number,
                text: String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])),
                start: sentence.start, end: sentence.end, features: features, phrases: phrases, actors: actors, days: days,
                wordCount: words)
        }
    }
}
