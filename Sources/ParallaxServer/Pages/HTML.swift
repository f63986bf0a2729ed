import Hummingbird

/// A page, sent as text/html (a plain `String` would go out as text/plain). Rendered when made, so that the
/// text can be kept and sent again (`ViewCache`).
struct HTML: ResponseGenerator {
    var text: String
    var status: HTTPResponse.Status

    init(_ page: Page, status: HTTPResponse.Status = .ok) {
        self.init(rendered: page.render(), status: status)
    }

    init(rendered text: String, status: HTTPResponse.Status = .ok) {
        self.text = text
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) -> Response {
        response()
    }

    func response() -> Response {
        Response(text: text, contentType: "text/html; charset=utf-8", status: status)
    }
}

extension Response {
    /// Text already written, with its content type: pages and JSON alike.
    init(text: String, contentType: String, status: HTTPResponse.Status) {
        self.init(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
