import Foundation
import Hummingbird
import LoopbackServer
import ParallaxCorpus
import ParallaxFetching

/// A small news site for the following tests: a feed whose items can change between polls, article pages,
/// robots.txt, and routes that fail in each way a site can.
actor NewsSite {
    struct Item: Sendable {
        var guid: String
        var path: String
        var title: String
        var pubDate: String
        var author: String
    }

    private(set) var items: [Item]
    private(set) var version = 1

    init(items: [Item]) {
        self.items = items
    }

    func add(_ item: Item) {
        items.insert(item, at: 0)
        version += 1
    }

    var etag: String { "\"feed-v\(version)\"" }
    /// Changes with the version, as the ETag does.
    var lastModified: String { "Tue, 22 Mar 2011 1\(version % 10):00:00 GMT" }

    func rss(base: String) -> String {
        let entries = items.map { item in
            """
            <item><title>\(item.title)</title><link>\(base)\(item.path)</link><guid isPermaLink="false">\(item.guid)</guid>
            <pubDate>\(item.pubDate)</pubDate><dc:creator>\(item.author)</dc:creator></item>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <title>Loopback News</title><link>\(base)/</link><language>en</language><ttl>45</ttl>
            \(entries.joined(separator: "\n"))
            </channel></rss>
            """
    }

    static let standardItems = [
        Item(guid: "story-1", path: "/news/1.html?utm_source=rss", title: "Feed title of story one",
             pubDate: "Tue, 22 Mar 2011 08:00:00 GMT", author: "Feed Author One"),
        Item(guid: "story-2", path: "/news/2.html", title: "Gates meets Serdyukov in Moscow",
             pubDate: "Wed, 23 Mar 2011 09:30:00 +0000", author: "Jane Reporter"),
        Item(guid: "story-3", path: "/private/3.html", title: "Members only",
             pubDate: "Wed, 23 Mar 2011 10:00:00 GMT", author: "Nobody"),
    ]

    /// A page of news prose; `title`, `date` and `canonical` go into its head only when given.
    static func page(_ number: Int, title: String? = nil, date: String? = nil, canonical: String? = nil) -> String {
        let topics = ["the cease-fire in Libya", "civilian casualties", "the missile defence talks", "the Security Council vote",
                      "the NATO hand-over", "trade and the WTO", "the defence ministers' meeting", "the embassy statement"]
        let topic = topics[number % topics.count]
        let paragraphs = (1...4).map { index in
            "<p>Report \(number), paragraph \(index): officials spoke at length about \(topic), saying that the "
                + "situation remained difficult and that further talks were planned for the coming week, while "
                + "diplomats in several capitals urged restraint and asked for a full account of event \(number).</p>"
        }
        var head = ""
        if let title { head += "<title>\(title)</title><meta property=\"og:title\" content=\"\(title)\">" }
        if let date { head += "<meta property=\"article:published_time\" content=\"\(date)\">" }
        if let canonical { head += "<link rel=\"canonical\" href=\"\(canonical)\">" }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body><article>"
            + paragraphs.joined() + "</article></body></html>"
    }

    /// The routes: the feed (304 when the validators match), pages, robots.txt, and the failing feeds.
    nonisolated func routes(_ router: Router<BasicRequestContext>, pageDelay: Duration = .zero) {
        router.get("/feed.xml") { request, context -> Response in
            let etag = await self.etag
            let lastModified = await self.lastModified
            if request.headers[.ifNoneMatch] == etag || request.headers[.ifModifiedSince] == lastModified {
                return Response(status: .notModified, headers: [.eTag: etag])
            }
            let host = request.head.authority ?? "127.0.0.1"
            let body = await self.rss(base: "http://\(host)")
            return Response(
                status: .ok,
                headers: [.contentType: "application/rss+xml; charset=utf-8", .eTag: etag, .lastModified: lastModified],
                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/robots.txt") { _, _ in
            Self.response("User-agent: *\nDisallow: /private/\n", type: "text/plain")
        }
        router.get("/news/{name}") { _, context -> Response in
            if pageDelay > .zero { try await Task.sleep(for: pageDelay) }
            let name = try context.parameters.require("name")
            let number = Int(name.prefix { $0.isNumber }) ?? 0
            switch number {
            case 1: return Self.response(Self.page(1, title: "Page title of story one", date: "2011-03-22T08:15:00Z",
                                                   canonical: "/news/1.html"))
            case 5: return Self.response(Self.page(1, canonical: "/news/1.html"))  // the same article under another URL
            default: return Self.response(Self.page(number))
            }
        }
        router.get("/private/{name}") { _, _ in Self.response(Self.page(99)) }
        router.get("/broken.xml") { _, _ in Response(status: .internalServerError) }
        router.get("/busy.xml") { _, _ in Response(status: .tooManyRequests, headers: [.retryAfter: "7200"]) }
        router.get("/malformed.xml") { _, _ in Self.response("<?xml version=\"1.0\"?><<<rss>>>", type: "application/xml") }
        router.get("/picture.xml") { _, _ in Self.response("GIF89a", type: "image/gif") }
        router.get("/endless.xml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "<rss version=\"2.0\"><channel>"))
                let chunk = ByteBuffer(string: String(repeating: "<item><title>more</title></item>", count: 500))
                // Bounded, so that the server stops by itself; far beyond the client's limit.
                for _ in 0..<100_000 { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
    }

    static func response(_ text: String, type: String = "text/html; charset=utf-8") -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

enum FollowingFixtures {
    /// Polls on loopback: private addresses allowed, no pause, a small body limit.
    static func options(force: Bool = false) -> PollOptions {
        var options = PollOptions()
        options.force = force
        options.fetch.allowPrivate = true
        options.fetch.pauseBetweenRequests = .zero
        options.fetch.maxBodyBytes = 512 << 10
        return options
    }
}
