import ParallaxComparison
import ParallaxCorpus
import ParallaxStorage

/// Coverage reports of the stories asked for most recently. A report changes only when its story gains articles,
/// so each is kept with the story's article count and last arrival, and made again once those move. Requests
/// for a report being made wait for it rather than make it again: sixteen readers of a new story cost one report.
actor ReportCache {
    struct Entry: Sendable {
        var report: CoverageReport
        /// How many articles the report compares (at most `Corpus.reportedArticles`).
        var compared: Int
    }

    private let corpus: Corpus
    private let capacity: Int
    private var entries: [String: (version: StoryPosition, articles: Int, task: Task<Entry, any Error>)] = [:]
    /// Story IDs, least recently used first.
    private var recency: [String] = []

    init(corpus: Corpus, capacity: Int = 64) {
        self.corpus = corpus
        self.capacity = capacity
    }

    /// The report of a story as it stands now.
    func report(of story: StorySummary) async throws -> Entry {
        if let cached = entries[story.id], cached.version == story.position, cached.articles == story.articleCount {
            touch(story.id)
            return try await cached.task.value
        }
        let corpus = corpus
        let id = story.id
        let task = Task.detached { () throws -> Entry in
            let (report, compared, _) = try await corpus.report(id: id)
            return Entry(report: report, compared: compared)
        }
        entries[story.id] = (story.position, story.articleCount, task)
        touch(story.id)
        do {
            return try await task.value
        } catch {
            // A failed report is not kept: the next request tries again.
            if entries[story.id]?.version == story.position { entries[story.id] = nil }
            throw error
        }
    }

    private func touch(_ id: String) {
        recency.removeAll { $0 == id }
        recency.append(id)
        while recency.count > capacity { entries[recency.removeFirst()] = nil }
    }
}
