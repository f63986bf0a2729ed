import Foundation

/// What a fetch brought back: the body, or word that nothing changed, and the headers that matter for the next.
public struct FetchResponse: Sendable, Hashable {
    /// The URL requested.
    public var requestedURL: String
    /// The URL the body came from, after redirects.
    public var url: String
    /// Where permanent redirects (301, 308) from the URL requested lead, up to the first temporary one (302, 303,
    /// 307) if any: the address to ask next time. Nil when the first answer was not a permanent redirect.
    public var permanentURL: String?
    /// 200 (or another 2xx), or 304.
    public var status: Int
    /// Empty for a 304.
    public var body: [UInt8]
    public var contentType: String?
    /// Validators to send back next time; on a 304, those it carried, else nil (keep the previous ones).
    public var etag: String?
    public var lastModified: String?
    /// How long the response may be kept without asking again (`Cache-Control: max-age`, else `Expires`).
    public var freshFor: TimeInterval?

    /// 304: nothing new since the validators sent.
    public var notModified: Bool { status == 304 }

    public init(requestedURL: String, url: String, status: Int, body: [UInt8], contentType: String? = nil,
                etag: String? = nil, lastModified: String? = nil, freshFor: TimeInterval? = nil) {
        self.requestedURL = requestedURL
        self.url = url
        self.status = status
        self.body = body
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.freshFor = freshFor
    }
}
