import Foundation
import Hummingbird
import LoopbackServer
import Testing
@testable import ParallaxFetching

/// The fetcher connects to the address the guard checked, not to a second answer of the name server: a named
/// host is resolved once a request, by the resolver, and the HTTP client never resolves it again.
@Suite("Fetcher: a host is resolved once and connected to at the checked address")
struct PinnedResolutionTests {
    static let loopback: [UInt8] = [127, 0, 0, 1]
    /// Public by `AddressGuard`'s ranges; nothing in these tests can reach it, which is what the rebinding test needs.
    static let publicAddress: [UInt8] = [93, 184, 216, 34]

    @Test func aNameIsConnectedToAtTheAddressTheResolverGaveAndKeptInTheHostHeader() async throws {
        // `.test` names never resolve (RFC 6761): the request can only arrive if the client used the pinned answer.
        let names = ScriptedNameServer(["feed.test": [[Self.loopback]]])
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { _, _ in FetcherTests.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml") }
        } body: { server in
            let url = "http://feed.test:\(server.port)/feed.xml"
            let response = try await Fetcher.withFetcher(policy: FetcherTests.policy(), resolver: names.resolver) { fetcher in
                try await fetcher.fetch(FetchRequest(url: url, kind: .feed))
            }
            #expect(response.status == 200)
            #expect(response.url == url)
            let requests = await server.log.requests("/feed.xml")
            #expect(requests.count == 1)
            #expect(requests.first?.headers["host"] == "feed.test:\(server.port)")
            #expect(await names.questions == ["feed.test"])
        }
    }

    /// Requests to one name at one checked address share one client, and so its connections; each is still
    /// checked (resolved) on its own. Another name has its own.
    @Test func requestsToOneHostShareAClient() async throws {
        let names = ScriptedNameServer(["feed.test": [[Self.loopback]], "other.test": [[Self.loopback]]])
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { _, _ in FetcherTests.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml") }
            router.get("/page") { _, _ in FetcherTests.text("<html><body><p>Text.</p></body></html>", type: "text/html") }
        } body: { server in
            let made = try await Fetcher.withFetcher(policy: FetcherTests.policy(), resolver: names.resolver) { fetcher in
                for path in ["/feed.xml", "/feed.xml", "/page"] {
                    let response = try await fetcher.fetch(FetchRequest(url: "http://feed.test:\(server.port)\(path)", kind: .feed))
                    #expect(response.status == 200)
                }
                let sameHost = fetcher.pinned.count
                _ = try await fetcher.fetch(FetchRequest(url: "http://other.test:\(server.port)/feed.xml", kind: .feed))
                return (sameHost, fetcher.pinned.count)
            }
            #expect(made == (1, 2))
            #expect(await server.log.requests("/feed.xml").count == 3)
            #expect(await names.questions == ["feed.test", "feed.test", "feed.test", "other.test"])
        }
    }

    @Test func everyRedirectHopIsResolvedOnceAndConnectedToItsOwnAnswer() async throws {
        let names = ScriptedNameServer(["one.test": [[Self.loopback]], "two.test": [[Self.loopback]]])
        try await LoopbackServer.run { router, _ in
            router.get("/start") { request, _ in
                let port = request.head.authority?.split(separator: ":").last ?? ""
                return FetcherTests.redirect("http://one.test:\(port)/middle")
            }
            router.get("/middle") { request, _ in
                let port = request.head.authority?.split(separator: ":").last ?? ""
                return FetcherTests.redirect("http://two.test:\(port)/feed.xml")
            }
            router.get("/feed.xml") { _, _ in FetcherTests.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml") }
        } body: { server in
            let response = try await Fetcher.withFetcher(policy: FetcherTests.policy(), resolver: names.resolver) { fetcher in
                try await fetcher.fetch(FetchRequest(url: server.url("/start"), kind: .feed))
            }
            #expect(response.url == "http://two.test:\(server.port)/feed.xml")
            #expect(await server.log.requests("/middle").first?.headers["host"] == "one.test:\(server.port)")
            #expect(await server.log.requests("/feed.xml").first?.headers["host"] == "two.test:\(server.port)")
            // 127.0.0.1, the first hop, is a literal: nothing to resolve.
            #expect(await names.questions == ["one.test", "two.test"])
        }
    }

    /// DNS rebinding: the name answers a public address when it is checked and 127.0.0.1 from then on. `localhost`
    /// is the name because the system resolves it to 127.0.0.1 too: a client that looked the name up again
    /// itself, as it did before the address was pinned, would reach the loopback server.
    @Test func aNameThatTurnsToLoopbackAfterItsCheckNeverReachesIt() async throws {
        let names = ScriptedNameServer(["localhost": [[Self.publicAddress], [Self.loopback]]])
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { _, _ in FetcherTests.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml") }
        } body: { server in
            var policy = FetcherTests.policy()
            policy.allowPrivate = false
            policy.connectTimeout = .seconds(1)
            let error = await FetcherTests.fetchError {
                try await Fetcher.withFetcher(policy: policy, resolver: names.resolver) { fetcher in
                    _ = try await fetcher.fetch(FetchRequest(url: "http://localhost:\(server.port)/feed.xml", kind: .feed))
                }
            }
            switch error?.reason {
            case .timedOut, .connectionFailed: break
            default: Issue.record("expected a failed connection to the checked public address, got \(String(describing: error))")
            }
            #expect(await server.log.entries.isEmpty)
            #expect(await names.questions == ["localhost"])
        }
    }

    /// HTTPS to a pinned address still speaks TLS to the name: the ClientHello that arrives at the checked address
    /// carries the name in SNI (and NIOSSL checks the certificate against that same name).
    @Test func httpsToAPinnedAddressNamesTheHostInTLS() async throws {
        let names = ScriptedNameServer(["secure.test": [[Self.loopback]]])
        let catcher = try ClientHelloCatcher()
        let error = await FetcherTests.fetchError {
            try await Fetcher.withFetcher(policy: FetcherTests.policy(), resolver: names.resolver) { fetcher in
                _ = try await fetcher.fetch(FetchRequest(url: "https://secure.test:\(catcher.port)/feed.xml", kind: .feed))
            }
        }
        #expect(error != nil)  // the catcher hangs up after the hello
        #expect(await catcher.serverName() == "secure.test")
        #expect(await names.questions == ["secure.test"])
    }

    /// The preferred answer is ::1, where nothing listens (the server is on 127.0.0.1 only): refused at once, then
    /// the IPv4 answer is connected to.
    @Test func whenThePreferredAddressRefusesTheOtherFamilysIsConnectedTo() async throws {
        let v6Loopback = try #require(AddressGuard.literal("::1"))
        let names = ScriptedNameServer(["dual.test": [[v6Loopback, Self.loopback]]])
        try await LoopbackServer.run { router, _ in
            router.get("/feed.xml") { _, _ in FetcherTests.text("<rss version=\"2.0\"><channel/></rss>", type: "application/rss+xml") }
        } body: { server in
            let response = try await Fetcher.withFetcher(policy: FetcherTests.policy(), resolver: names.resolver) { fetcher in
                try await fetcher.fetch(FetchRequest(url: "http://dual.test:\(server.port)/feed.xml", kind: .feed))
            }
            #expect(response.status == 200)
            #expect(await server.log.count("/feed.xml") == 1)
            #expect(await names.questions == ["dual.test"])
        }
    }

    @Test func theOtherFamilyIsTriedOnceWhenThePreferredAddressFails() {
        let v6: [UInt8] = [0x26, 0x06, 0x47, 0] + Array(repeating: 0, count: 11) + [1]
        let v4a: [UInt8] = [93, 184, 216, 34]
        let v4b: [UInt8] = [93, 184, 216, 35]
        #expect(Fetcher.preferredOfEachFamily([v6, v4a, v4b]) == [v6, v4a])
        #expect(Fetcher.preferredOfEachFamily([v4a, v4b]) == [v4a])
        #expect(Fetcher.preferredOfEachFamily([v4b, v6, v4a]) == [v4b, v6])
    }
}
