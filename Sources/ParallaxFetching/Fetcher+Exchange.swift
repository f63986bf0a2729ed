import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

extension Fetcher {
    /// What one request brought: a response to hand back, or the next hop of a redirect (301 and 308 are
    /// permanent: the resource has moved; 302, 303 and 307 are not).
    enum Exchange {
        case response(FetchResponse)
        case redirect(String, permanent: Bool)
    }

    /// One request to one URL, paced for its host, sent to the destination the address guard checked; the body is
    /// read within the same permit, so that a slow body counts as a request in flight.
    func exchange(
        _ request: FetchRequest, url: String, host: String, destination: AddressGuard.Destination
    ) async throws -> Exchange {
        let policy = policy
        let client = client
        let pinned = pinned
        let pacer = pacer
        let started = ContinuousClock.now
        do {
            return try await pacer.withPermit(host: host) {
                var outgoing = HTTPClientRequest(url: url)
                outgoing.method = .GET
                outgoing.headers.add(name: "User-Agent", value: policy.userAgent)
                outgoing.headers.add(name: "Accept", value: Self.accept(request.kind))
                outgoing.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
                // On every hop: the validators came from the end of the chain last time, and a feed behind a
                // redirect (http to https, an old address) would otherwise never be answered 304.
                if let etag = request.etag { outgoing.headers.add(name: "If-None-Match", value: etag) }
                if let lastModified = request.lastModified { outgoing.headers.add(name: "If-Modified-Since", value: lastModified) }
                return try await Self.send(
                    outgoing, to: destination, client: client, pinned: pinned, policy: policy, deadline: .now() + Self.timeAmount(policy.totalTimeout)
                ) { response in
                    try await Self.interpret(response, request: request, url: url, host: host, policy: policy,
                                             pacer: pacer, deadline: started + policy.totalTimeout)
                }
            }
        } catch let error as FetchError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch let heldOff as HostPacer.HeldOff {
            let (seconds, attoseconds) = heldOff.remaining.components
            let remaining = TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
            throw FetchError(url: url, reason: .rateLimited(retryAfter: remaining.rounded(.up)))
        } catch {
            throw Self.fetchError(error, url: url, policy: policy)
        }
    }

    private static func interpret(
        _ response: HTTPClientResponse, request: FetchRequest, url: String, host: String, policy: FetchPolicy,
        pacer: HostPacer, deadline: ContinuousClock.Instant
    ) async throws -> Exchange {
        let status = Int(response.status.code)
        let headers = response.headers
        switch status {
        case 304:
            return .response(FetchResponse(
                requestedURL: request.url, url: url, status: 304, body: [],
                etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"),
                freshFor: freshness(headers)))
        case 301, 302, 303, 307, 308:
            guard let location = headers.first(name: "Location"),
                  let next = URL(string: location.trimmingCharacters(in: .whitespaces), relativeTo: URL(string: url))?.absoluteURL
            else { throw FetchError(url: url, reason: .brokenRedirect) }
            return .redirect(next.absoluteString, permanent: status == 301 || status == 308)
        case 429, 503:
            let seconds = HTTPHeaderValues.retryAfter(headers.first(name: "Retry-After"))
            if let seconds { await pacer.holdOff(host: host, for: seconds) }
            if status == 503, seconds == nil { throw FetchError(url: url, reason: .status(503)) }
            throw FetchError(url: url, reason: .rateLimited(retryAfter: seconds))
        case 200...299:
            let contentType = headers.first(name: "Content-Type")
            if let contentType, let expected = unacceptable(contentType, for: request.kind) {
                throw FetchError(url: url, reason: .wrongContentType(got: contentType, expected: expected))
            }
            let limit = request.kind == .robots ? policy.maxRobotsBytes : policy.maxBodyBytes
            let body = try await collect(response.body, limit: limit, truncating: request.kind == .robots,
                                         deadline: deadline, url: url)
            return .response(FetchResponse(
                requestedURL: request.url, url: url, status: status, body: body, contentType: contentType,
                etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"),
                freshFor: freshness(headers)))
        default:
            throw FetchError(url: url, reason: .status(status))
        }
    }

    /// The body up to `limit` bytes: beyond it an error (or, for robots.txt, the first `limit` bytes, as RFC 9309
    /// allows). Checked chunk by chunk, so an endless body stops at the limit and a trickled one at the deadline.
    private static func collect(
        _ body: HTTPClientResponse.Body, limit: Int, truncating: Bool, deadline: ContinuousClock.Instant, url: String
    ) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in body {
            if bytes.count + chunk.readableBytes > limit {
                if truncating {
                    bytes += chunk.readableBytesView.prefix(limit - bytes.count)
                    return bytes
                }
                throw FetchError(url: url, reason: .tooLarge(limit: limit))
            }
            bytes += chunk.readableBytesView
            if ContinuousClock.now > deadline {
                throw FetchError(url: url, reason: .timedOut("the whole response took longer than the time limit"))
            }
        }
        return bytes
    }

    private static func freshness(_ headers: HTTPHeaders) -> TimeInterval? {
        HTTPHeaderValues.freshness(
            cacheControl: headers.first(name: "Cache-Control"), expires: headers.first(name: "Expires"),
            date: headers.first(name: "Date"))
    }

    static func accept(_ kind: FetchRequest.Kind) -> String {
        switch kind {
        case .feed:
            "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
                + "text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"
        case .page: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
        case .robots: "text/plain, */*;q=0.1"
        }
    }

    /// What was expected, when a content type is not something the kind can be read from; nil when it can.
    /// Feeds are often served as text/html or text/plain, so any text, XML or JSON is given to the feed reader,
    /// which tells by the content.
    static func unacceptable(_ contentType: String, for kind: FetchRequest.Kind) -> String? {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch kind {
        case .feed:
            let readable = type.hasPrefix("text/") || type.contains("xml") || type.contains("json") || type.contains("rss")
                || type.contains("atom") || type.isEmpty
            return readable ? nil : "a feed (XML or JSON)"
        case .page:
            return type.contains("html") || type.isEmpty ? nil : "an HTML page"
        case .robots:
            return nil
        }
    }

    /// The client's and NIO's errors in words a user can act on.
    static func fetchError(_ error: any Error, url: String, policy: FetchPolicy) -> FetchError {
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout:
                return FetchError(url: url, reason: .timedOut("no data for \(policy.readTimeout)"))
            case .connectTimeout:
                return FetchError(url: url, reason: .timedOut("could not connect within \(policy.connectTimeout)"))
            case .deadlineExceeded:
                return FetchError(url: url, reason: .timedOut("no answer within \(policy.totalTimeout)"))
            case .invalidURL, .emptyHost, .emptyScheme:
                return FetchError(url: url, reason: .invalidURL)
            default:
                return FetchError(url: url, reason: .connectionFailed(String(describing: error)))
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error {  // a pinned connection, tried once
            return FetchError(url: url, reason: .timedOut("could not connect within \(policy.connectTimeout)"))
        }
        if let error = error as? NIOHTTPDecompression.DecompressionError, error == .limit {
            return FetchError(url: url, reason: .decompressionBomb)
        }
        return FetchError(url: url, reason: .connectionFailed(String(describing: error)))
    }
}
