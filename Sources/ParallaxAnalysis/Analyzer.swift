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
        let strings = TokenStrings(tokens, in: view)
        let sentences = SentenceSplitter.split(tokens, in: view)
        let entities = recognizer.entities(
            in: view, tokens: tokens, strings: strings, sentences: sentences, language: article.language)
        let dates = DateExtractor(reference: article.date).dates(in: view, tokens: tokens, strings: strings)
        let figures = FigureExtractor(language: article.language).figures(in: view, tokens: tokens, strings: strings, excluding: dates)
        var quoteExtractor = QuoteExtractor(text: view, tokens: tokens, strings: strings, sentences: sentences, entities: entities)
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences, entities: entities, quotes: quoteExtractor.quotes(),
            dates: dates, figures: figures,
            terms: terms(tokens, strings, language: article.language))
    }

    private func terms(_ tokens: [Token], _ strings: TokenStrings, language: String?) -> [String] {
        var terms: [String] = []
        // About half the words are terms; a page of marks has none, and reserving by its tokens took 16 bytes each.
        terms.reserveCapacity(tokens.lazy.filter { $0.kind != .punctuation && $0.kind != .url }.count / 2)
        let isEnglish = language == nil || language == "en"
        let stops = stopWords.words(of: language ?? "en")
        // Words repeat within an article: each distinct word is folded and stemmed once.
        var stems: [String: String?] = [:]
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                let word = strings.lowercased[index]
                if let known = stems[word] {
                    if let stem = known { terms.append(stem) }
                    continue
                }
                let folded = word.utf8.allSatisfy { $0 < 0x80 } ? word : TextNormalizer.fold(word)
                let stem: String? = folded.utf8.count > 1 && !stops.contains(folded)
                    ? (isEnglish ? EnglishStemmer.stem(folded) : folded) : nil
                stems[word] = .some(stem)
                if let stem { terms.append(stem) }
            case .number, .cjk:
                terms.append(strings.original[index])
            case .url, .punctuation:
                continue
            }
        }
        return terms
    }
}
