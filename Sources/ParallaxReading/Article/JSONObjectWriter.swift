/// Writes one JSON object with its keys in the order given, for JSONL that people can read too.
/// (`JSONEncoder` can only sort keys alphabetically, which puts `agency` before `id`.)
///
/// ```swift
/// var object = JSONObjectWriter()
/// object.add("id", "ap-1")
/// object.add("date", nil as String?)
/// object.text  // {"id":"ap-1","date":null}
/// ```
public struct JSONObjectWriter: Sendable {
    /// The object so far, without its closing brace.
    private var body = "{"

    public init() {}

    public var text: String { body + "}" }

    /// The object, closed in place: a report of 100 MB is not copied once more to be closed.
    public consuming func finished() -> String {
        body += "}"
        return body
    }

    public mutating func add(_ key: String, _ value: String?) {
        addRaw(key, value.map(Self.quoted) ?? "null")
    }

    public mutating func add(_ key: String, _ value: Int?) {
        addRaw(key, value.map(String.init) ?? "null")
    }

    public mutating func add(_ key: String, _ value: Double?) {
        addRaw(key, value.map { $0.isFinite ? String($0) : "null" } ?? "null")
    }

    public mutating func add(_ key: String, _ value: Bool) {
        addRaw(key, value ? "true" : "false")
    }

    /// Adds already-encoded JSON (a nested object or array).
    public mutating func addRaw(_ key: String, _ json: String) {
        addRaw(key) { $0 += json }
    }

    /// Adds JSON that `write` appends to the object itself: a large array is not made a string of its own first.
    public mutating func addRaw(_ key: String, writing write: (inout String) -> Void) {
        if body.utf8.count > 1 { body += "," }
        body += Self.quoted(key)
        body += ":"
        write(&body)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; the rest left as UTF-8.
    public static func quoted(_ string: String) -> String {
        var result = "\""
        result.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
