import ParallaxAnalysis
import ParallaxReading

/// The entry point of the Comparison stage: articles in, a coverage report out.
///
/// ```swift
/// let report = Comparison().compare(articles)
/// report.sharedFacts.first?.statements.map(\.outlet)  // ["AFP", "AP"]
/// ```
public struct Comparison: Sendable {
    /// The steps of a comparison after the analysis, in order: what `parallax bench report` times one by one to
    /// show which of them grows faster than the story.
    public enum Stage: String, CaseIterable, Sendable {
        case roster
        case sentenceProfiles = "sentence profiles"
        case alignment
        case quoteLedger = "quote ledger"
        case report
    }

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
        compare(analyzed: articles) { _, work in work() }
    }

    /// Compares analysed articles, running each stage through `run` (which calls it, and may time it).
    public func compare(analyzed articles: [AnalyzedArticle], run: (Stage, () -> Void) -> Void) -> CoverageReport {
        func stage<Result>(_ stage: Stage, _ work: () -> Result) -> Result {
            var result: Result?
            withoutActuallyEscaping(work) { work in run(stage) { result = work() } }
            return result!
        }
        let roster = stage(.roster) { Roster(articles) }
        let profiles = stage(.sentenceProfiles) {
            var rosterIndex: [String: Int] = [:]
            for (position, entry) in roster.entries.enumerated() { rosterIndex[entry.name] = position }
            return articles.enumerated().flatMap { index, article in
                SentenceProfile.profiles(of: article, index: index, roster: roster, rosterIndex: rosterIndex, stopWords: stopWords)
            }
        }
        let alignment = stage(.alignment) { FactAlignment(profiles: profiles) }
        let quotes = stage(.quoteLedger) { QuoteLedger(articles, roster: roster, kinds: [.direct, .indirect]) }
        return stage(.report) { CoverageReport(articles: articles, roster: roster, alignment: alignment, quotes: quotes) }
    }
}
