import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// `GET /api/stories`, `/api/stories/{id}` and `/api/stories/{id}/report`.
struct StoriesAPI {
    let corpus: Corpus
    let reports: ReportCache
    let deadline: RequestDeadline

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, _ in try await deadline.run { try await list(QueryParameters(request)) } }
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
    func list(_ parameters: QueryParameters) async throws -> JSONText {
        let limit = try parameters.limit(default: 20, maximum: 100)
        let page = try await StoryList.fetch(corpus, filter: try parameters.filter(), after: try parameters.cursor(), limit: limit)
        var object = JSONObjectWriter()
        object.addRaw("stories", "[" + page.stories.map(\.json).joined(separator: ",") + "]")
        object.add("next", page.next?.token)
        return JSONText(object.text)
    }

    /// `{"kind": "story", "story": {...}, "events": [{..., "articles": [...]}]}`
    func story(_ id: String) async throws -> JSONText {
        guard let detail = try await corpus.story(id: id) else { throw Problem.noStory(id) }
        return JSONText(CorpusItem.story(detail).json)
    }

    /// `{"story", "articles", "compared", "report": {...}}`: the report compares at most `Corpus.reportedArticles`.
    func report(_ id: String) async throws -> JSONText {
        guard let story = try await corpus.store.story(id: id) else { throw Problem.noStory(id) }
        let entry = try await reports.report(of: story)
        var object = JSONObjectWriter()
        object.add("story", id)
        object.add("articles", story.articleCount)
        object.add("compared", entry.compared)
        object.addRaw("report", entry.report.renderJSON())
        return JSONText(object.text)
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
