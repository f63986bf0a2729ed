import ParallaxReading

/// The entry point of the Analysis stage: one article in, its annotations out.
///
/// ```swift
/// let analyzed = Analyzer().analyze(article)
/// analyzed.entities.filter { $0.type == .person }.map(\.name)  // ["Robert M. Gates", "Moammar Gadhafi", …]
/// ```
public struct Analyzer: Sendable {
    let recognizer: EntityRecognizer
    let stopWords: StopWords

    public init(gazetteer: Gazetteer = .shipped, stopWords: StopWords = .shipped) {
        recognizer = EntityRecognizer(gazetteer: gazetteer, stopWords: stopWords)
        self.stopWords = stopWords
    }

    public func analyze(_ article: Article) -> AnalyzedArticle {
        let view = TextView(article.text)
        let tokens = view.utf8.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0) }
        let sentences = SentenceSplitter.split(tokens, in: view)
        let entities = recognizer.entities(in: view, tokens: tokens, sentences: sentences, language: article.language)
        let dates = DateExtractor(reference: article.date).dates(in: view, tokens: tokens)
        let figures = FigureExtractor(stopWords: stopWords).figures(in: view, tokens: tokens, excluding: dates)
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences, entities: entities, dates: dates, figures: figures,
            terms: terms(view, tokens, language: article.language))
    }

    private func terms(_ view: TextView, _ tokens: [Token], language: String?) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count / 2)
        let isEnglish = language == nil || language == "en"
        for token in tokens {
            switch token.kind {
            case .word:
                let folded = TextNormalizer.fold(view.string(token))
                guard folded.count > 1, !stopWords.contains(folded, language: language) else { continue }
                terms.append(isEnglish ? EnglishStemmer.stem(folded) : folded)
            case .number, .cjk:
                terms.append(view.string(token))
            case .url, .punctuation:
                continue
            }
        }
        return terms
    }
}
