import Hummingbird

/// JSON already written (the corpus's own JSON forms, shared with the command line), sent as application/json.
struct JSONText: ResponseGenerator {
    var text: String
    var status: HTTPResponse.Status = .ok

    init(_ text: String, status: HTTPResponse.Status = .ok) {
        self.text = text
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) -> Response {
        response()
    }

    func response() -> Response {
        Response(text: text, contentType: "application/json; charset=utf-8", status: status)
    }
}
