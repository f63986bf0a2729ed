import Foundation
import Hummingbird
import LoopbackServer
import Testing
@testable import ParallaxFetching

/// A name server the test scripts: each name answers its next list of addresses (the last one again when the
/// script runs out), and every question is written down.
actor ScriptedNameServer {
    private var scripts: [String: [[[UInt8]]]]
    private(set) var questions: [String] = []

    init(_ scripts: [String: [[[UInt8]]]]) {
        self.scripts = scripts
    }

    func answer(_ name: String) -> [[UInt8]] {
        questions.append(name)
        guard var answers = scripts[name], let next = answers.first else { return [] }
        if answers.count > 1 { answers.removeFirst() }
        scripts[name] = answers
        return next
    }

    nonisolated var resolver: HostResolver {
        HostResolver { name in await self.answer(name) }
    }
}

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

/// A TCP listener on 127.0.0.1 that takes one connection, reads the TLS ClientHello and hangs up, keeping the
/// server name (SNI) the client sent. Plain sockets: the test needs the bytes of the hello, not a TLS server.
final class ClientHelloCatcher: Sendable {
    let port: Int
    private let socket: Int32
    private let hello: Task<String?, Never>

    init() throws {
        let listener = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(listener, raw, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, raw, &length) == 0
            }
        }
        guard bound else { close(listener); throw POSIXError(.EADDRINUSE) }
        port = Int(UInt16(bigEndian: address.sin_port))
        socket = listener
        hello = Task.detached {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: Self.acceptOneHello(listener)) }
            }
        }
    }

    deinit { close(socket) }

    func serverName() async -> String? { await hello.value }

    /// Waits 10 seconds at most for the connection, so that a client that never comes fails the test, not hangs it.
    private static func acceptOneHello(_ listener: Int32) -> String? {
        var waiting = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, 10_000) == 1 else { return nil }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return nil }
        defer { close(connection) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 5 || bytes.count < 5 + (Int(bytes[3]) << 8 | Int(bytes[4])) {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer.prefix(count)
        }
        return serverName(inClientHello: bytes)
    }

    /// The host name of the server_name extension (RFC 6066 §3) of a ClientHello record, or nil.
    static func serverName(inClientHello record: [UInt8]) -> String? {
        var at = 0
        func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard at + count <= record.count else { return nil }
            defer { at += count }
            return record[at..<at + count]
        }
        func number(_ count: Int) -> Int? { take(count)?.reduce(0) { $0 << 8 | Int($1) } }
        guard take(1) == [0x16], take(4) != nil, take(1) == [0x01], take(3) != nil,  // handshake record, ClientHello
              take(2 + 32) != nil,                                                        // version, random
              let session = number(1), take(session) != nil,
              let suites = number(2), take(suites) != nil,
              let compressions = number(1), take(compressions) != nil,
              let extensionsLength = number(2)
        else { return nil }
        let end = at + extensionsLength
        while at < end, let type = number(2), let length = number(2) {
            guard type == 0 else { _ = take(length); continue }
            guard take(2) != nil, take(1) == [0], let nameLength = number(2), let name = take(nameLength) else { return nil }
            return String(decoding: name, as: UTF8.self)
        }
        return nil
    }
}
