import Hummingbird

/// A page, sent as text/html (a plain `String` would go out as text/plain).
struct HTML: ResponseGenerator {
    var page: Page
    var status: HTTPResponse.Status

    init(_ page: Page, status: HTTPResponse.Status = .ok) {
        self.page = page
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) -> Response {
        response()
    }

    func response() -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page.render())))
    }
}
