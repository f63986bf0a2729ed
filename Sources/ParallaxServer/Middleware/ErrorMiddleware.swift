import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// Turns every error into an answer a person can act on: JSON `{"error": {"status", "message"}}` under `/api`,
/// a page elsewhere. Errors of our own (a store, a corpus, a reading error) keep their message; anything else is
/// logged in full and answered with a generic 500, so that no internal detail reaches a client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem(error)
            if problem.status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path): \(String(reflecting: error))")
            }
            return request.uri.path.hasPrefix("/api/") ? problem.jsonResponse() : problem.pageResponse()
        }
    }
}

/// An error as an HTTP status and a message for the client.
struct Problem: Error {
    var status: HTTPResponse.Status
    var message: String

    init(status: HTTPResponse.Status, message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let error as HTTPError:
            self.init(status: error.status, message: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            self.init(status: .contentTooLarge, message: "the request body is too large; send fewer articles per request")
        case let error as any HTTPResponseError:
            self.init(status: error.status, message: error.status.reasonPhrase)
        case CorpusError.unknownID(let id):
            self.init(status: .notFound, message: "no story, event or article has the ID \"\(id)\"")
        case let error as ReadingError:
            self.init(status: .badRequest, message: error.description)
        case let error as StoreError:
            switch error.reason {
            case .busy: self.init(status: .serviceUnavailable, message: "the store is busy with another writer; try again")
            case .diskFull: self.init(status: HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage"), message: "the store's disk is full; nothing of this request was stored")
            case .readOnly: self.init(status: .serviceUnavailable, message: "the store is read-only; this server cannot write to it")
            case .unreachable: self.init(status: .serviceUnavailable, message: "the database cannot be reached now; try again shortly")
            default: self.init(status: .internalServerError, message: "the store cannot be used; the server log says why")
            }
        default:
            self.init(status: .internalServerError, message: "internal error; the server log has the details")
        }
    }

    func jsonResponse() -> Response {
        var object = JSONObjectWriter()
        object.add("status", Int(status.code))
        object.add("message", message)
        return JSONText("{\"error\":" + object.text + "}", status: status).response()
    }

    func pageResponse() -> Response {
        let page = Page(title: "\(status.code) \(status.reasonPhrase)") {
            "<h1>\(status.code) \(escape(status.reasonPhrase))</h1><p>\(escape(message))</p><p><a href=\"/\">All stories</a></p>"
        }
        return HTML(page, status: status).response()
    }
}
