import Foundation

/// `application/x-www-form-urlencoded` as browsers write it, for query strings and posted forms: `+` is a space
/// (Hummingbird's own query parser keeps it a `+`, so "Robert+Gates" from a search box would not match).
enum FormEncoding {
    /// The name/value pairs in order; a pair that cannot be decoded is kept as given.
    static func pairs(_ text: Substring) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
