import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// `GET /api/search?q=…`: articles that contain every word, best first, with a snippet.
struct SearchAPI {
    let corpus: Corpus
    let deadline: RequestDeadline

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, _ in try await deadline.run { try await search(try QueryParameters.api(request)) } }
        return routes
    }

    /// `{"hits": [{article fields without text, "snippet", "highlights", "score"}]}`
    func search(_ parameters: QueryParameters) async throws -> JSONText {
        guard let words = parameters.text("q") else {
            throw Problem(status: .badRequest, message: "q: give the words to search for, as in /api/search?q=Gates")
        }
        var filter = try parameters.filter()
        filter.query = nil
        let hits = try await corpus.search(SearchQuery(text: words, filter: filter, limit: try parameters.limit(default: 20, maximum: 100)))
        return JSONText("{\"hits\":[" + hits.map(\.json).joined(separator: ",") + "]}")
    }
}
