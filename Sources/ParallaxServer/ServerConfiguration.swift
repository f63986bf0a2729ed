/// How `parallax serve` runs: where it listens, who may write, and the limits of a request.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback unless the operator chooses to expose the server.
    public var host = "127.0.0.1"
    /// The port to bind; 0 picks a free one (tests).
    public var port = 8080
    /// When set, writes (`POST /api/articles`, the ingest form) need `Authorization: Bearer <token>` or the
    /// token in the form; when nil, writes are allowed from loopback only.
    public var writeToken: String?
    /// The largest request body read (a JSON lines batch, an uploaded file): larger ones are refused with 413.
    public var maxBodyBytes = 32 << 20
    /// A request still unanswered after this long is answered 503, so that one slow report cannot hold a client.
    public var requestTimeout: Duration = .seconds(30)

    public init() {}
}
