import Foundation

/// The limits a `Fetcher` keeps to, so that one hostile or broken server can cost Parallax only so much, and
/// the politeness it owes every server.
///
/// ```swift
/// var policy = FetchPolicy()
/// policy.allowPrivate = true          // tests on 127.0.0.1
/// policy.pauseBetweenRequests = .zero
/// ```
public struct FetchPolicy: Sendable {
    /// The most bytes of one body (after decompression); a larger body is an error, never a truncated read.
    public var maxBodyBytes = 8 << 20
    /// How many times larger than its compressed form a body may inflate: a zip bomb stops here.
    public var maxDecompressionRatio = 50
    /// Redirects followed for one request; a chain that comes back to an address it visited stops at once.
    public var maxRedirects = 5
    public var connectTimeout: Duration = .seconds(10)
    /// The longest silence while waiting for the next bytes of a response.
    public var readTimeout: Duration = .seconds(30)
    /// The longest one response may take from request to last byte, so that a body trickled a byte at a time
    /// (each within the read timeout) still ends.
    public var totalTimeout: Duration = .seconds(120)
    /// Requests in flight to one host at most.
    public var maxConcurrentRequestsPerHost = 2
    /// The pause between the starts of two requests to one host.
    public var pauseBetweenRequests: Duration = .seconds(1)
    /// The longest a request waits for a host that asked for a pause (429 or 503 with `Retry-After`); beyond
    /// it the request fails at once with `FetchError.Reason.rateLimited`, to be tried on a later poll.
    public var maxWaitForHost: Duration = .seconds(60)
    /// Whether hosts on private, loopback and link-local addresses may be fetched. Off by default, so that a
    /// hostile feed cannot make Parallax reach into the network it runs in; tests on 127.0.0.1 turn it on.
    public var allowPrivate = false
    /// How long robots.txt rules are kept before they are fetched again (RFC 9309 §2.4: at most 24 hours).
    public var robotsLifetime: Duration = .seconds(24 * 3600)
    /// The most of a robots.txt that is read (RFC 9309 §2.5: at least 500 KiB).
    public var maxRobotsBytes = 512 << 10
    public var userAgent = FetchPolicy.defaultUserAgent

    /// The token robots.txt groups are matched against (RFC 9309 §2.2.1).
    public static let productToken = "Parallax"
    public static let version = "0.5.0"
    /// Honest: who fetches, which version, and where to read about it.
    public static let defaultUserAgent = "\(productToken)/\(version) (+https://github.com/parallax)"

    public init() {}
}
