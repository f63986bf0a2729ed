import ParallaxAnalysis
import ParallaxReading

/// The entry point of the Comparison stage: articles in, a coverage report out.
///
/// ```swift
/// let report = Comparison().compare(articles)
/// report.sharedFacts.first?.statements.map(\.outlet)  // ["AFP", "AP"]
/// ```
public struct Comparison: Sendable {
    let analyzer: Analyzer
    let stopWords: StopWords

    public init(analyzer: Analyzer = Analyzer(), stopWords: StopWords = .shipped) {
        self.analyzer = analyzer
        self.stopWords = stopWords
    }

    /// Analyses the articles and compares them.
    public func compare(_ articles: [Article]) -> CoverageReport {
        compare(analyzed: articles.map(analyzer.analyze))
    }

    public func compare(analyzed articles: [AnalyzedArticle]) -> CoverageReport {
        let roster = Roster(articles)
        var rosterIndex: [String: Int] = [:]
        for (position, entry) in roster.entries.enumerated() { rosterIndex[entry.name] = position }
        let profiles = articles.enumerated().flatMap { index, article in
            SentenceProfile.profiles(of: article, index: index, roster: roster, rosterIndex: rosterIndex, stopWords: stopWords)
        }
        let alignment = FactAlignment(profiles: profiles)
        return CoverageReport(articles: articles, roster: roster, alignment: alignment)
    }
}
