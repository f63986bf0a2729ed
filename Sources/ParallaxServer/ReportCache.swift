import ParallaxComparison
import ParallaxCorpus
import ParallaxStorage

/// Coverage reports of the stories asked for most recently. A report changes only when its story gains articles,
/// so each is kept under the story's last arrival and article count, and made again once those move.
struct ReportCache: Sendable {
    struct Entry: Sendable {
        var report: CoverageReport
        /// How many articles the report compares (at most `Corpus.reportedArticles`).
        var compared: Int
    }

    private let corpus: Corpus
    private let reports: ViewCache<Entry>

    init(corpus: Corpus, capacity: Int = 64) {
        self.corpus = corpus
        self.reports = ViewCache(capacity: capacity)
    }

    /// The report of a story as it stands now.
    func report(of story: StorySummary) async throws -> Entry {
        let corpus = corpus
        return try await reports.view(story.id, version: Self.version(of: story)) {
            let (report, compared, _) = try await corpus.report(id: story.id)
            return Entry(report: report, compared: compared)
        }
    }

    /// What a story's views are made from: it changes when the story gains an article, and only then.
    static func version(of story: StorySummary) -> String {
        "\(story.position.token)/\(story.articleCount)"
    }
}
