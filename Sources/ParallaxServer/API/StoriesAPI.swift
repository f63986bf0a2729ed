import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// `GET /api/stories`, `/api/stories/{id}` and `/api/stories/{id}/report`.
struct StoriesAPI {
    let corpus: Corpus
    let reports: ReportCache
    /// The JSON of lists and reports, as last written.
    let rendered: ViewCache<String>
    let storyVersions: StoryVersions
    let deadline: RequestDeadline

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, _ in
            let query = request.uri.query ?? ""
            return try await deadline.run { try await list(try QueryParameters.api(query: query), query: query) }
        }
        routes.get(":id") { _, context in
            let id = try context.pathID()
            return try await deadline.run { try await story(id) }
        }
        routes.get(":id/report") { _, context in
            let id = try context.pathID()
            return try await deadline.run { try await report(id) }
        }
        return routes
    }

    /// `{"stories": [...], "next": cursor or null}`, newest first.
    func list(_ parameters: QueryParameters, query: String) async throws -> JSONText {
        let limit = try parameters.limit(default: 20, maximum: 100)
        let filter = try parameters.filter(), after = try parameters.cursor()
        let corpus = corpus
        return JSONText(try await rendered.view("/api/stories?" + query, ofStore: corpus.store) {
            let page = try await StoryList.fetch(corpus, filter: filter, after: after, limit: limit)
            var object = JSONObjectWriter()
            object.addRaw("stories", "[" + page.stories.map(\.json).joined(separator: ",") + "]")
            object.add("next", page.next?.token)
            return object.text
        })
    }

    /// `{"kind": "story", "story": {...}, "events": [{..., "articles": [...]}]}`
    func story(_ id: String) async throws -> JSONText {
        guard let detail = try await corpus.story(id: id) else { throw Problem.noStory(id) }
        return JSONText(CorpusItem.story(detail).json)
    }

    /// `{"story", "articles", "compared", "report": {...}}`: the report compares at most `Corpus.reportedArticles`.
    func report(_ id: String) async throws -> JSONText {
        guard let story = try await storyVersions.story(id: id) else { throw Problem.noStory(id) }
        let reports = reports
        // A story gaining articles while it is read is answered its previous report while the new one is made; its
        // "articles" and "compared" say which.
        let version = ReportCache.version(of: story)
        return JSONText(try await rendered.view("/api/stories/\(id)/report", version: version, previousAllowed: true) {
            let entry = try await reports.report(of: story)
            var object = JSONObjectWriter()
            object.add("story", id)
            object.add("articles", story.articleCount)
            object.add("compared", entry.compared)
            object.addRaw("report", entry.report.renderJSON())
            return object.text
        })
    }
}

/// A page of the story list and the cursor of the next one (nil on the last page).
struct StoryList {
    var stories: [StorySummary]
    var next: StoryPosition?

    static func fetch(_ corpus: Corpus, filter: ArticleFilter, after: StoryPosition?, limit: Int) async throws -> StoryList {
        // One more than shown tells whether another page follows.
        let stories = try await corpus.stories(StoryQuery(filter: filter, limit: limit + 1, after: after))
        let shown = Array(stories.prefix(limit))
        return StoryList(stories: shown, next: stories.count > limit ? shown.last?.position : nil)
    }
}

extension Problem {
    static func noStory(_ id: String) -> Problem {
        Problem(status: .notFound, message: "no story has the ID \"\(id)\"; GET /api/stories lists them")
    }

    static func noArticle(_ id: String) -> Problem {
        Problem(status: .notFound, message: "no article has the ID \"\(id)\"; GET /api/search?q=… finds articles")
    }
}
