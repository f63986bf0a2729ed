import Foundation

/// A robots.txt file (RFC 9309), read for one crawler.
///
/// The rules of the groups whose `user-agent` names the crawler's product token (case-insensitively) apply,
/// else those of the `*` groups, else none. Among the rules whose path matches, the longest wins; on a tie
/// `allow` wins. Paths may hold `*` (any run of characters) and end in `$` (the end of the path). An empty
/// `disallow` allows everything. `/robots.txt` itself is always allowed.
///
/// ```swift
/// let robots = RobotsTxt("User-agent: *\nDisallow: /private/\nAllow: /private/press$")
/// robots.allows("/private/a.html", userAgent: "Parallax")    // false
/// robots.allows("/private/press", userAgent: "Parallax")     // true
/// ```
public struct RobotsTxt: Sendable, Hashable {
    public struct Rule: Sendable, Hashable {
        public var allow: Bool
        /// Percent-encoding normalised (`RobotsTxt.normalizedPath`).
        public var pattern: String
    }

    struct Group: Sendable, Hashable {
        var userAgents: [String]
        var rules: [Rule]
    }

    var groups: [Group]

    /// Everything allowed: what a 4xx answer to /robots.txt means (RFC 9309 §2.3.1.3).
    public static let allowAll = RobotsTxt(groups: [])
    /// Nothing allowed: what a 5xx answer or an unreachable server means for now (§2.3.1.4).
    public static let disallowAll = RobotsTxt(groups: [Group(userAgents: ["*"], rules: [Rule(allow: false, pattern: "/")])])

    init(groups: [Group]) {
        self.groups = groups
    }

    /// Reads the file's text; lines it cannot read are skipped, as the RFC asks (§2.2).
    public init(_ text: String) {
        var groups: [Group] = []
        // Whether the last record was a user-agent line: consecutive ones start one group together.
        var collectingAgents = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !collectingAgents { groups.append(Group(userAgents: [], rules: [])) }
                // "Parallax/1.0" in a robots.txt names the same crawler as "parallax".
                groups[groups.count - 1].userAgents.append(value == "*" ? "*" : Self.productToken(value))
                collectingAgents = true
            case "allow", "disallow":
                collectingAgents = false
                // Rules before any user-agent line belong to no group (§2.1).
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: Self.normalizedPath(value)))
            default:
                // sitemap, crawl-delay and the like neither end nor start a group.
                continue
            }
        }
        self.groups = groups
    }

    /// The rules that apply to a crawler: those of every group naming its product token, else of every `*` group.
    public func rules(for userAgent: String) -> [Rule] {
        let token = Self.productToken(userAgent)
        let named = groups.filter { $0.userAgents.contains(token) }
        return (named.isEmpty ? groups.filter { $0.userAgents.contains("*") } : named).flatMap(\.rules)
    }

    /// Whether the crawler may fetch `path` (the URL's path and query, `/` when empty).
    public func allows(_ path: String, userAgent: String) -> Bool {
        let target = Self.normalizedPath(path.isEmpty ? "/" : path)
        if target == "/robots.txt" { return true }
        var best: Rule?
        for rule in rules(for: userAgent) where Self.matches(rule.pattern, target) {
            guard let current = best else {
                best = rule
                continue
            }
            let (length, currentLength) = (rule.pattern.utf8.count, current.pattern.utf8.count)
            if length > currentLength || (length == currentLength && rule.allow && !current.allow) { best = rule }
        }
        return best?.allow ?? true
    }

    /// The product token of a User-Agent ("Parallax/0.5 (+…)" → "parallax"), in lower case.
    static func productToken(_ userAgent: String) -> String {
        String(userAgent.prefix { $0.isLetter || $0 == "-" || $0 == "_" }).lowercased()
    }

    /// Whether `pattern` (with `*` and a final `$`) matches `path`: all of it when it ends in `$`, else its start.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Array(pattern.utf8)
        if pattern.last == UInt8(ascii: "$") {
            pattern.removeLast()
        } else {
            pattern.append(UInt8(ascii: "*"))  // a prefix match is a whole match with anything after it
        }
        let path = Array(path.utf8)
        // Glob matching that backtracks only to the last `*`: linear in practice, never exponential.
        var (p, s) = (0, 0)
        var star: Int?
        var starMatch = 0
        while s < path.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                starMatch = s
                p += 1
            } else if p < pattern.count, pattern[p] == path[s] {
                p += 1
                s += 1
            } else if let star {
                p = star + 1
                starMatch += 1
                s = starMatch
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    /// Paths compared as RFC 9309 §2.2.2 asks: characters outside ASCII percent-encoded, escapes in upper case.
    /// An escape of an unreserved character is decoded, so that `/%7Efoo` and `/~foo` are one path.
    static func normalizedPath(_ path: String) -> String {
        var result: [UInt8] = []
        let bytes = Array(path.utf8)
        var index = 0
        let hex = Array("0123456789ABCDEF".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    result.append(decoded)
                } else {
                    result += [UInt8(ascii: "%"), hex[Int(high)], hex[Int(low)]]
                }
                index += 3
            } else if byte >= 0x80 || byte <= 0x20 {
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                index += 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}
