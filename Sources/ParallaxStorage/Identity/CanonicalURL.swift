import Foundation

/// The form of an article's URL under which two addresses of one page are equal, so that the page is stored once.
///
/// `HTTP://WWW.Example.com:80/news/a?utm_source=rss&id=7#top` → `https://example.com/news/a?id=7`:
/// - only `http` and `https` URLs have one; both schemes give `https` (a page served both ways is one page);
/// - the host in lower case, without `www.`, a trailing dot or the default port;
/// - no fragment, and no tracking parameters (`utm_*`, `fbclid`, `gclid`, …); other query parameters are kept,
///   sorted by name, since they often name the article (`?id=7`, `?p=123`).
public struct CanonicalURL: Sendable, Hashable, CustomStringConvertible {
    public let string: String

    /// Query parameters that say how a reader arrived, not which page they read.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid",
        "smid", "smtyp", "ito", "at_medium", "at_campaign", "wt.mc_id", "icid", "ncid", "sr_share", "share",
    ]
    static let trackingPrefixes = ["utm_", "ns_", "pk_", "mtm_"]

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www."), host.count > 4 { host.removeFirst(4) }
        var result = "https://" + host
        if let port = components.port, port != 80, port != 443 { result += ":\(port)" }
        let path = components.percentEncodedPath
        result += path.isEmpty ? "/" : path
        let kept = (components.percentEncodedQueryItems ?? []).filter { item in
            let name = item.name.lowercased()
            return !Self.trackingParameters.contains(name) && !Self.trackingPrefixes.contains { name.hasPrefix($0) }
        }
        if !kept.isEmpty {
            let sorted = kept.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
            result += "?" + sorted.map { pair in
                let item = pair.element
                return item.value.map { "\(item.name)=\($0)" } ?? item.name
            }.joined(separator: "&")
        }
        string = result
    }

    public var description: String { string }
}
