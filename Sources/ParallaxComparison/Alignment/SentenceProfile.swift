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

    /// The profiles of an article's sentences that hold a word, a number, a name or a day.
    static func profiles(of article: AnalyzedArticle, index: Int, roster: Roster, rosterIndex: [String: Int],
                         stopWords: StopWords) -> [SentenceProfile] {
        let view = TextView(article.article.text)
        // Mentions, names and dates in text order, each list walked once alongside the sentences and their
        // tokens: looking each token up among all of an article's names grew with the square of its length.
        let mentions = article.entities.flatMap { entity in
            entity.mentions.map { (mention: $0, entity: entity) }
        }
        .sorted { $0.mention.start < $1.mention.start }
        // Words inside names and the titles before them are counted as the entity they name, not as words.
        let nameRanges = mentions.map { item in
            (item.mention.start - (item.mention.title.map { $0.unicodeScalars.count + 1 } ?? 0))..<item.mention.end
        }
        .sorted { $0.lowerBound < $1.lowerBound }
        let dates = article.dates.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        var nextName = 0, nameEnd = Int.min, nextMention = 0, nextDate = 0
        // Each entity's roster position, looked up once per article rather than once per mention.
        var positionOfEntity: [String: Int?] = [:]
        func position(of entity: String) -> Int? {
            if let known = positionOfEntity[entity] { return known }
            let position = roster.entry(article: article.article.id, entity: entity).flatMap { rosterIndex[$0.name] }
            positionOfEntity[entity] = position
            return position
        }
        return article.sentences.enumerated().compactMap { number, sentence in
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
                    // The furthest end of the names begun by this token: the token is inside one if it is beyond.
                    while nextName < nameRanges.count, nameRanges[nextName].lowerBound <= token.start {
                        nameEnd = max(nameEnd, nameRanges[nextName].upperBound)
                        nextName += 1
                    }
                    guard folded.count > 2, !stopWords.contains(folded, language: article.article.language),
                          token.start >= nameEnd
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
            while nextMention < mentions.count, mentions[nextMention].mention.start < sentence.start { nextMention += 1 }
            while nextMention < mentions.count, mentions[nextMention].mention.start < sentence.end {
                let item = mentions[nextMention]
                nextMention += 1
                guard item.mention.end <= sentence.end, let position = position(of: item.entity.name) else { continue }
                features["e:\(position)", default: 0] += 1
                if item.entity.type == .person || item.entity.type == .organization { actors.insert(position) }
            }
            var days: [CalendarDay] = []
            while nextDate < dates.count, dates[nextDate].start < sentence.start { nextDate += 1 }
            while nextDate < dates.count, dates[nextDate].start < sentence.end {
                let mention = dates[nextDate]
                nextDate += 1
                if mention.end <= sentence.end, mention.granularity == .day, let day = mention.date { days.append(day) }
            }
            // A sentence of punctuation alone ("!", "* * *") states nothing: no fact, no day. Kept, a page of
            // "<!<!<!…" made a profile, a fact and a report statement of every mark.
            if words == 0 && features.isEmpty && days.isEmpty { return nil }
            return SentenceProfile(
                article: index, sentence: number,
                // The sentence's text from its first token's bytes to its last's: the same scalars as its offsets
                // (an array of the article's scalars took four times its text).
                text: view.string(from: article.tokens[sentence.tokens.lowerBound], to: article.tokens[sentence.tokens.upperBound - 1]),
                start: sentence.start, end: sentence.end, features: features, phrases: phrases, actors: actors, days: days,
                wordCount: words)
        }
    }
}
