import Foundation
import Hummingbird
import LoopbackServer
import Testing
@testable import ParallaxFetching

/// The fetcher against a server on 127.0.0.1: what it sends, and what it makes of each kind of answer.
@Suite("Fetcher against a loopback server")
struct FetcherTests {
    /// Loopback allowed, no pause between requests, a small body limit so that it is reached quickly.
    static func policy() -> FetchPolicy {
        var policy = FetchPolicy()
        policy.allowPrivate = true
        policy.pauseBetweenRequests = .zero
        policy.maxBodyBytes = 256 << 10
        return policy
    }

    static func text(_ body: String, type: String = "text/html; charset=utf-8", headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = type
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location])
    }

    static func fetchError(_ body: () async throws -> Void) async -> FetchError? {
        do {
            try await body()
            return nil
        } catch let error as FetchError {
            return error
        } catch {
            Issue.record("not a FetchError: \(error)")
            return nil
        }
    }

    @Test func aConditionalRequestSendsTheValidatorsBackAndA304IsNothingNew() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { request, _ -> Response in
                if request.headers[.ifNoneMatch] == "\"v1\"" { return Response(status: .notModified) }
                return Self.text("<rss version=\"2.0\"><channel><title>T</title></channel></rss>", type: "application/rss+xml",
                                 headers: [.eTag: "\"v1\"", .lastModified: "Tue, 22 Mar 2011 10:00:00 GMT", .cacheControl: "max-age=1800"])
            }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let first = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"), kind: .feed))
                #expect(first.status == 200)
                #expect(!first.body.isEmpty)
                #expect(first.etag == "\"v1\"")
                #expect(first.lastModified == "Tue, 22 Mar 2011 10:00:00 GMT")
                #expect(first.freshFor == 1800)
                let second = try await fetcher.fetch(FetchRequest(
                    url: server.url("/feed.xml"), kind: .feed, etag: first.etag, lastModified: first.lastModified))
                #expect(second.notModified)
                #expect(second.body.isEmpty)
            }
            let requests = await server.log.requests("/feed.xml")
            #expect(requests.count == 2)
            #expect(requests[0].headers["if-none-match"] == nil)
            #expect(requests[1].headers["if-none-match"] == "\"v1\"")
            #expect(requests[1].headers["if-modified-since"] == "Tue, 22 Mar 2011 10:00:00 GMT")
            #expect(requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("Parallax/") == true })
            #expect(requests[0].headers["user-agent"]?.contains("+https://") == true)
        }
    }

    @Test func aChainOfRedirectsIsFollowedToTheEnd() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/r1") { _, _ in Self.redirect("/r2") }
            router.get("/r2") { _, _ in Self.redirect("/r3") }
            router.get("/r3") { _, _ in Self.text("<rss version=\"2.0\"><channel/></rss>", type: "application/xml") }
        } body: { server in
            let response = try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                try await fetcher.fetch(FetchRequest(url: server.url("/r1"), kind: .feed))
            }
            #expect(response.url == server.url("/r3"))
            #expect(response.requestedURL == server.url("/r1"))
            #expect(await server.log.paths == ["/r1", "/r2", "/r3"])
        }
    }

    @Test func onlyPermanentRedirectsFromTheStartGiveThePermanentURL() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/moved") { _, _ in Self.redirect("/moved-again") }  // 301
            router.get("/moved-again") { _, _ in Response(status: .permanentRedirect, headers: [.location: "/for-now"]) }
            router.get("/for-now") { _, _ in Response(status: .temporaryRedirect, headers: [.location: "/feed"]) }
            router.get("/temporary") { _, _ in Response(status: .found, headers: [.location: "/moved-again"]) }
            router.get("/feed") { _, _ in Self.text("<rss version=\"2.0\"><channel/></rss>", type: "application/xml") }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let moved = try await fetcher.fetch(FetchRequest(url: server.url("/moved"), kind: .feed))
                #expect(moved.url == server.url("/feed"))
                #expect(moved.permanentURL == server.url("/for-now"))  // 301, 308, then a 307: moved as far as /for-now
                let temporary = try await fetcher.fetch(FetchRequest(url: server.url("/temporary"), kind: .feed))
                #expect(temporary.url == server.url("/feed"))
                #expect(temporary.permanentURL == nil)  // a 302 first: nothing has moved for good
                let direct = try await fetcher.fetch(FetchRequest(url: server.url("/feed"), kind: .feed))
                #expect(direct.permanentURL == nil)
            }
        }
    }

    @Test func aFeedBehindARedirectIsStillAnswered304() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/old-feed") { _, _ in Self.redirect("/feed") }
            router.get("/feed") { request, _ -> Response in
                if request.headers[.ifNoneMatch] == "\"v1\"" { return Response(status: .notModified) }
                return Self.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml", headers: [.eTag: "\"v1\""])
            }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let first = try await fetcher.fetch(FetchRequest(url: server.url("/old-feed"), kind: .feed))
                #expect(first.etag == "\"v1\"")
                let second = try await fetcher.fetch(FetchRequest(url: server.url("/old-feed"), kind: .feed, etag: first.etag))
                #expect(second.notModified)
            }
        }
    }

    @Test func aRedirectLoopAndATooLongChainStop() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/loop-a") { _, _ in Self.redirect("/loop-b") }
            router.get("/loop-b") { _, _ in Self.redirect("/loop-a") }
            router.get("/hop/{n}") { _, context -> Response in
                let n = try context.parameters.require("n", as: Int.self)
                return Self.redirect("/hop/\(n + 1)")
            }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let loop = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/loop-a"), kind: .feed)) }
                #expect(loop?.reason == .redirectLoop(server.url("/loop-a")))
                #expect(loop?.description.contains("loop") == true)
                let long = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/hop/0"), kind: .feed)) }
                #expect(long?.reason == .tooManyRedirects(5))
            }
            #expect(await server.log.count("/loop-a") == 1)
            #expect(await server.log.paths.filter { $0.hasPrefix("/hop/") }.count == 6)  // the first and 5 redirects
        }
    }

    @Test func errorStatusesNameTheURLAndSayWhetherToTryAgain() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/gone") { _, _ in Response(status: .notFound) }
            router.get("/broken") { _, _ in Response(status: .internalServerError) }
            router.get("/busy") { _, _ in Response(status: .tooManyRequests, headers: [.retryAfter: "120"]) }
            router.get("/image") { _, _ in Self.text("PNG", type: "image/png") }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let gone = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/gone"), kind: .feed)) }
                #expect(gone?.reason == .status(404))
                #expect(gone?.isTransient == false)
                #expect(gone?.description.hasPrefix(server.url("/gone")) == true)
                let broken = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/broken"), kind: .feed)) }
                #expect(broken?.reason == .status(500))
                #expect(broken?.isTransient == true)
                let image = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/image"), kind: .page)) }
                #expect(image?.reason == .wrongContentType(got: "image/png", expected: "an HTML page"))
                let busy = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/busy"), kind: .feed)) }
                #expect(busy?.reason == .rateLimited(retryAfter: 120))
                #expect(busy?.isTransient == true)
                // The host asked for two minutes, longer than a request waits: the next one to it fails at once,
                // without being sent, and says when to try again.
                #expect(await fetcher.pacer.wait(for: "127.0.0.1") > .seconds(100))
                let held = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/gone"), kind: .feed)) }
                guard case .rateLimited(let seconds) = held?.reason else {
                    Issue.record("a request to a host that asked for a pause was not held off: \(String(describing: held))")
                    return
                }
                #expect((seconds ?? 0) > 100)
            }
            #expect(await server.log.count("/gone") == 1)
            #expect(await server.log.count("/busy") == 1)
        }
    }

    @Test func anEndlessBodyStopsAtTheLimitAndASilentOneAtTheReadTimeout() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/endless") { _, _ in
                Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: ResponseBody { writer in
                    let chunk = ByteBuffer(string: String(repeating: "<item>endless</item>", count: 800))
                    // Bounded, so that the test server stops by itself; far beyond the client's limit.
                    for _ in 0..<100_000 { try await writer.write(chunk) }
                    try await writer.finish(nil)
                })
            }
            router.get("/silent") { _, _ in
                Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "<rss version=\"2.0\"><channel>"))
                    // Far longer than the client's read timeout; cancelled when the server stops.
                    try await Task.sleep(for: .seconds(120))
                    try await writer.finish(nil)
                })
            }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let endless = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/endless"), kind: .feed)) }
                #expect(endless?.reason == .tooLarge(limit: 256 << 10))
            }
            // A read timeout short enough for the test, long enough for a busy machine to send the first bytes.
            var policy = Self.policy()
            policy.readTimeout = .seconds(3)
            try await Fetcher.withFetcher(policy: policy) { fetcher in
                let silent = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/silent"), kind: .feed)) }
                guard case .timedOut = silent?.reason else {
                    Issue.record("a silent body is not a time-out: \(String(describing: silent))")
                    return
                }
            }
        }
    }

    @Test func privateAddressesAndOtherSchemesAreRefusedBeforeAnyRequest() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { _, _ in Self.text("<rss/>") }
        } body: { server in
            var policy = Self.policy()
            policy.allowPrivate = false
            try await Fetcher.withFetcher(policy: policy) { fetcher in
                let refused = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"), kind: .feed)) }
                #expect(refused?.reason == .privateAddress(host: "127.0.0.1", address: "127.0.0.1"))
                let ftp = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: "ftp://example.com/feed.xml", kind: .feed)) }
                #expect(ftp?.reason == .unsupportedScheme("ftp"))
                let file = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: "file:///etc/passwd", kind: .feed)) }
                #expect(file?.reason == .unsupportedScheme("file"))
            }
            #expect(await server.log.entries.isEmpty)
        }
    }

    @Test func robotsTxtIsAskedOnceAndObeyedForPagesOnly() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/robots.txt") { _, _ in Self.text("User-agent: *\nDisallow: /private/\n", type: "text/plain") }
            router.get("/news/{n}") { _, _ in Self.text("<html><body><p>News.</p></body></html>") }
            router.get("/private/{n}") { _, _ in Self.text("<html><body><p>Private.</p></body></html>") }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                for n in 1...3 { _ = try await fetcher.fetch(FetchRequest(url: server.url("/news/\(n)"), kind: .page)) }
                let refused = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/private/1"), kind: .page)) }
                #expect(refused?.reason == .disallowedByRobots)
                // A feed is a subscription, not a crawl: robots.txt is not asked for it.
                _ = try await fetcher.fetch(FetchRequest(url: server.url("/private/2"), kind: .feed))
            }
            #expect(await server.log.count("/robots.txt") == 1)
            #expect(await server.log.count("/private/1") == 0)
            #expect(await server.log.count("/private/2") == 1)
        }
    }

    @Test func aFailingRobotsTxtAllowsNothingAndAMissingOneEverything() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/news/{n}") { _, _ in Self.text("<html><body><p>News.</p></body></html>") }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                _ = try await fetcher.fetch(FetchRequest(url: server.url("/news/1"), kind: .page))
            }
            #expect(await server.log.paths == ["/robots.txt", "/news/1"])  // robots.txt answered 404
        }
        try await LoopbackServer.run { router, _ in
            router.get("/robots.txt") { _, _ in Response(status: .internalServerError) }
            router.get("/news/{n}") { _, _ in Self.text("<html><body><p>News.</p></body></html>") }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                let refused = await Self.fetchError { _ = try await fetcher.fetch(FetchRequest(url: server.url("/news/1"), kind: .page)) }
                guard case .robotsUnavailable = refused?.reason else {
                    Issue.record("a page is fetched although robots.txt failed: \(String(describing: refused))")
                    return
                }
                #expect(refused?.isTransient == true)
            }
            #expect(await server.log.count("/news/1") == 0)
        }
    }

    @Test func noMoreThanTwoRequestsAreInFlightToOneHost() async throws {
        try await LoopbackServer.run { router, _ in
            router.get("/page/{n}") { _, _ in
                // Long enough that requests would overlap if the fetcher let them.
                try await Task.sleep(for: .milliseconds(100))
                return Self.text("<html><body><p>Page.</p></body></html>")
            }
        } body: { server in
            try await Fetcher.withFetcher(policy: Self.policy()) { fetcher in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 0..<8 {
                        group.addTask { _ = try await fetcher.fetch(FetchRequest(url: server.url("/page/\(n)"), kind: .feed)) }
                    }
                    try await group.waitForAll()
                }
            }
            #expect(await server.log.paths.count == 8)
            #expect(await server.log.mostAtOnce <= 2)
            #expect(await server.log.mostAtOnce >= 1)
        }
    }
}
