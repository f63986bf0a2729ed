import AsyncHTTPClient
import Foundation
import NIOCore

/// Fetches feeds and pages politely: one configured HTTP client, at most `maxConcurrentRequestsPerHost`
/// requests to a host at once with a pause between them (`HostPacer`), robots.txt obeyed for pages, hosts on
/// internal addresses refused (`AddressGuard`), conditional requests, bounded bodies, an honest User-Agent.
///
/// ```swift
/// try await Fetcher.withFetcher(policy: FetchPolicy()) { fetcher in
///     let feed = try await fetcher.fetch(FetchRequest(url: "https://example.com/feed.xml", kind: .feed,
///                                                     etag: lastETag, lastModified: lastModified))
///     if feed.notModified { return }   // 304: nothing new
/// }
/// ```
///
/// Redirects are followed here rather than by the client, at most `maxRedirects` and never back to an address
/// already visited: each hop is a request like the first, checked for its scheme and address, paced for its
/// host and, for a page, asked of its host's robots.txt. The client's own following would skip all of that.
/// Each hop's host is resolved once, by `AddressGuard`, and the connection goes to the address it checked
/// (`send(_:to:client:pinned:policy:deadline:_:)`), never to a second answer of the name server.
///
/// Every error is a `FetchError` naming the URL (or `CancellationError` when the task is cancelled).
public struct Fetcher: Sendable {
    public let policy: FetchPolicy
    public let pacer: HostPacer
    let client: HTTPClient
    /// The clients of named hosts, kept so that their connections are reused.
    let pinned: PinnedClients
    let addressGuard: AddressGuard
    let robots: RobotsCache

    /// Runs `body` with a fetcher whose HTTP client is shut down when `body` returns or throws.
    public static func withFetcher<T>(policy: FetchPolicy = FetchPolicy(), _ body: (Fetcher) async throws -> T) async throws -> T {
        try await withFetcher(policy: policy, resolver: .system, body)
    }

    /// The same with the name resolution of `resolver` (tests play a name server with it).
    static func withFetcher<T>(policy: FetchPolicy, resolver: HostResolver, _ body: (Fetcher) async throws -> T) async throws -> T {
        try await HTTPClient.withHTTPClient(configuration: clientConfiguration(policy)) { client in
            let pinned = PinnedClients()
            do {
                let result = try await body(Fetcher(policy: policy, client: client, pinned: pinned, resolver: resolver))
                await pinned.shutdown()
                return result
            } catch {
                await pinned.shutdown()
                throw error
            }
        }
    }

    init(policy: FetchPolicy, client: HTTPClient, pinned: PinnedClients, resolver: HostResolver = .system) {
        self.policy = policy
        self.client = client
        self.pinned = pinned
        pacer = HostPacer(
            maxConcurrent: policy.maxConcurrentRequestsPerHost, pause: policy.pauseBetweenRequests, maxWait: policy.maxWaitForHost)
        addressGuard = AddressGuard(allowPrivate: policy.allowPrivate, resolver: resolver)
        robots = RobotsCache(lifetime: policy.robotsLifetime)
    }

    static func clientConfiguration(_ policy: FetchPolicy) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow  // followed by `fetch`, hop by hop (see above)
        configuration.timeout = .init(connect: timeAmount(policy.connectTimeout), read: timeAmount(policy.readTimeout))
        configuration.decompression = .enabled(limit: .ratio(policy.maxDecompressionRatio))
        return configuration
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Fetches a URL, following redirects. A 2xx gives the body, a 304 an empty body with `notModified`; every
    /// other outcome is a `FetchError`.
    public func fetch(_ request: FetchRequest) async throws -> FetchResponse {
        var current = request.url
        var visited: Set<String> = [request.url]
        // Permanent hops count only from the start of the chain: after a temporary one, nothing has moved for good.
        var permanentURL: String?
        var onlyPermanentSoFar = true
        for _ in 0...policy.maxRedirects {
            let target = try Self.target(current)
            let destination = try await addressGuard.check(url: current, host: Self.connectionHost(current))
            if request.kind == .page { try await checkRobots(current, target: target) }
            switch try await exchange(request, url: current, host: target.host, destination: destination) {
            case .response(var response):
                response.requestedURL = request.url
                response.permanentURL = permanentURL
                return response
            case .redirect(let location, let permanent):
                guard visited.insert(location).inserted else {
                    throw FetchError(url: request.url, reason: .redirectLoop(location))
                }
                onlyPermanentSoFar = onlyPermanentSoFar && permanent
                if onlyPermanentSoFar { permanentURL = location }
                current = location
            }
        }
        throw FetchError(url: request.url, reason: .tooManyRedirects(policy.maxRedirects))
    }

    /// The parts of a URL the fetcher needs, after checking it is an absolute http or https URL.
    static func target(_ url: String) throws(FetchError) -> (scheme: String, host: String, origin: String, path: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw FetchError(url: url, reason: .invalidURL)
        }
        guard scheme == "http" || scheme == "https" else { throw FetchError(url: url, reason: .unsupportedScheme(scheme)) }
        guard let host = components.host, !host.isEmpty else { throw FetchError(url: url, reason: .invalidURL) }
        let port = components.port.map { ":\($0)" } ?? ""
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        return (scheme, host.lowercased(), "\(scheme)://\(hostPart.lowercased())\(port)", path)
    }

    /// The host of a URL as the HTTP client reads it (Foundation's `URL.host`, IPv6 brackets off): the name whose
    /// look-up `AddressGuard` pins must be the very one the client would otherwise look up.
    static func connectionHost(_ url: String) throws(FetchError) -> String {
        guard var host = URL(string: url)?.host, !host.isEmpty else { throw FetchError(url: url, reason: .invalidURL) }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host
    }

    private func checkRobots(_ url: String, target: (scheme: String, host: String, origin: String, path: String)) async throws {
        let rules = await robots.rules(origin: target.origin) { robotsURL in
            await RobotsCache.load(robotsURL, with: self)
        }
        switch rules {
        case .rules(let robots):
            guard robots.allows(target.path, userAgent: policy.userAgent) else {
                throw FetchError(url: url, reason: .disallowedByRobots)
            }
        case .unavailable(let why):
            throw FetchError(url: url, reason: .robotsUnavailable(why))
        }
    }
}
