import Foundation

/// Why a URL could not be fetched. The description names the URL and says what to do.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// Not an absolute URL with a host.
        case invalidURL
        /// A scheme other than http and https.
        case unsupportedScheme(String)
        /// The host resolves to a private, loopback or link-local address, and the policy does not allow those.
        case privateAddress(host: String, address: String)
        /// The host name has no address.
        case unresolvableHost(String)
        case tooManyRedirects(Int)
        /// A redirect back to an address the chain already visited.
        case redirectLoop(String)
        /// A 3xx without a usable `Location`.
        case brokenRedirect
        /// robots.txt does not allow Parallax this path.
        case disallowedByRobots
        /// robots.txt could not be fetched (5xx or unreachable): RFC 9309 says to assume nothing is allowed.
        case robotsUnavailable(String)
        /// 429, or 503 with `Retry-After`: the server asked for a pause of this many seconds (nil: unsaid).
        case rateLimited(retryAfter: TimeInterval?)
        /// Any other status that is not a success.
        case status(Int)
        /// The body was larger than the limit (after decompression).
        case tooLarge(limit: Int)
        /// A body that inflates more than the allowed ratio.
        case decompressionBomb
        case timedOut(String)
        case connectionFailed(String)
        /// The response is not the kind of document asked for.
        case wrongContentType(got: String, expected: String)
    }

    public var url: String
    public var reason: Reason

    public init(url: String, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    /// Whether trying again later may succeed (a timeout, a 5xx, a pause asked for), as opposed to an answer
    /// that will not change (404, robots.txt, a wrong content type).
    public var isTransient: Bool {
        switch reason {
        case .timedOut, .connectionFailed, .rateLimited, .robotsUnavailable, .unresolvableHost: true
        case .status(let code): code >= 500 || code == 408
        default: false
        }
    }

    /// The reason in a few words, the same for every URL that failed alike: for counting failures by kind.
    public var kind: String {
        switch reason {
        case .invalidURL: "invalid URL"
        case .unsupportedScheme: "not http or https"
        case .privateAddress: "private address"
        case .unresolvableHost: "unknown host"
        case .tooManyRedirects: "too many redirects"
        case .redirectLoop: "redirect loop"
        case .brokenRedirect: "broken redirect"
        case .disallowedByRobots: "disallowed by robots.txt"
        case .robotsUnavailable: "robots.txt unavailable"
        case .rateLimited: "rate limited"
        case .status(let code): "HTTP \(code)"
        case .tooLarge: "too large"
        case .decompressionBomb: "decompression bomb"
        case .timedOut: "timed out"
        case .connectionFailed: "connection failed"
        case .wrongContentType: "wrong content type"
        }
    }

    public var description: String {
        "\(url): " + message
    }

    private var message: String {
        switch reason {
        case .invalidURL:
            return "not an absolute URL; give one such as https://example.com/feed.xml"
        case .unsupportedScheme(let scheme):
            return "the scheme \"\(scheme)\" is not fetched; only http and https URLs are"
        case .privateAddress(let host, let address):
            return "\(host) resolves to \(address), a private, loopback or link-local address; such addresses are "
                + "refused so that a feed cannot reach into this network. Pass --allow-private if you trust it"
        case .unresolvableHost(let host):
            return "the host \(host) has no address; check the spelling, or try again when the network is back"
        case .tooManyRedirects(let limit):
            return "more than \(limit) redirects; follow the URL with its final address instead"
        case .redirectLoop(let target):
            return "the redirects loop back to \(target); the server is misconfigured, tell its owner or unfollow it"
        case .brokenRedirect:
            return "a redirect without a usable Location header; the server is misconfigured"
        case .disallowedByRobots:
            return "robots.txt does not allow Parallax to fetch it; it is skipped"
        case .robotsUnavailable(let why):
            return "its robots.txt could not be fetched (\(why)); nothing on the host is fetched until it can be, "
                + "the next poll tries again"
        case .rateLimited(let seconds):
            let wait = seconds.map { "after \(Int($0.rounded(.up))) s" } ?? "later"
            return "the server asked Parallax to slow down (429/503); it is tried again \(wait)"
        case .status(let code):
            let advice = switch code {
            case 404, 410: "the page or feed is gone; unfollow it or give its new address"
            case 401, 403: "the server refuses access; Parallax cannot read it"
            case 500...599: "the server failed; the next poll tries again"
            default: "check the URL"
            }
            return "the server answered HTTP \(code); \(advice)"
        case .tooLarge(let limit):
            return "the body is larger than \(limit.formatted()) bytes, the limit; nothing of it was used"
        case .decompressionBomb:
            return "the compressed body inflates beyond the allowed ratio; nothing of it was used"
        case .timedOut(let what):
            return "timed out (\(what)); the next poll tries again"
        case .connectionFailed(let why):
            return "the connection failed (\(why)); the next poll tries again"
        case .wrongContentType(let got, let expected):
            return "the server sent \(got), not \(expected); check that the URL is the right one"
        }
    }
}
