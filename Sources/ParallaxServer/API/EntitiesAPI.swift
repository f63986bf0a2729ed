import Hummingbird
import ParallaxCorpus
import ParallaxReading

/// `GET /api/entities?q=…` and `/api/entities/{id}`: who is named, how each outlet spells them, in which stories.
struct EntitiesAPI {
    let corpus: Corpus
    let deadline: RequestDeadline

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, _ in
            let parameters = try QueryParameters.api(request)
            guard let name = parameters.text("q") else {
                throw Problem(status: .badRequest, message: "q: give a name to look for, as in /api/entities?q=Gadhafi")
            }
            return try await deadline.run {
                let entities = try await corpus.entities(matching: name)
                return JSONText("{\"entities\":[" + entities.map(\.json).joined(separator: ",") + "]}")
            }
        }
        routes.get(":id") { _, context in
            let id = try context.pathID()
            return try await deadline.run {
                guard let entity = try await corpus.entity(id: id) else {
                    throw Problem(status: .notFound, message: "no entity has the ID \"\(id)\"; GET /api/entities?q=NAME finds them")
                }
                return JSONText(entity.json)
            }
        }
        return routes
    }
}
