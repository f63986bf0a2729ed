/// Why one input (a file, a JSONL line, standard input) gave no article.
///
/// The description names the input, the line where there is one, and says what to do:
/// `data/bad.jsonl:14: malformed JSON (…); each line must be one JSON object`.
public struct ReadingError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case missing
        case unreadable(String)
        case binary(kind: String)
        case invalidUTF8(byteOffset: Int)
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case malformedJSON(String)
        case missingField(String)
        case wrongFieldType(field: String, expected: String)
        case noText
        case noReadableFiles
        /// An earlier record of the same input has this ID.
        case idUsedTwice(String)
        /// Not a feed, sitemap or OPML list Parallax can read, and why.
        case notAFeed(String)
    }

    /// The file path, or `<stdin>`.
    public var source: String
    /// The 1-based line of a JSONL file.
    public var line: Int?
    public var reason: Reason

    public init(source: String, line: Int? = nil, reason: Reason) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(source):\($0)" } ?? source
        return "\(place): \(message)"
    }

    /// The reason in a few words, the same for every input that failed alike: for counting failures by kind.
    public var kind: String {
        switch reason {
        case .missing: "no such file"
        case .unreadable: "unreadable"
        case .binary: "binary file"
        case .invalidUTF8: "not UTF-8"
        case .empty: "empty"
        case .tooLarge: "too large"
        case .malformedJSON: "malformed JSON"
        case .missingField(let field): "no \"\(field)\""
        case .wrongFieldType(let field, _): "mistyped \"\(field)\""
        case .noText: "no article text"
        case .noReadableFiles: "nothing readable in a folder"
        case .idUsedTwice: "ID used twice in the input"
        case .notAFeed: "not a feed"
        }
    }

    private var message: String {
        switch reason {
        case .missing:
            return "no such file or folder"
        case .unreadable(let why):
            return "cannot be read (\(why))"
        case .binary(let kind):
            return "is a binary file (\(kind)), not text, HTML or JSONL"
        case .invalidUTF8(let offset):
            return "is not valid UTF-8 (first bad byte at offset \(offset)); "
                + "convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"
        case .empty:
            return "is empty: there is no article to read"
        case .tooLarge(let bytes, let limit):
            return "is \(Self.size(bytes)), more than the \(Self.size(limit)) allowed for one article; "
                + "split it, or raise the limit with --max-article-mb"
        case .malformedJSON(let why):
            return "malformed JSON (\(why)); each line must be one JSON object"
        case .missingField(let field):
            return "the required field \"\(field)\" is missing"
        case .wrongFieldType(let field, let expected):
            return "the field \"\(field)\" must be \(expected)"
        case .noText:
            return "has no article text that could be found"
        case .noReadableFiles:
            return "holds no file Parallax reads (.txt, .html, .jsonl, each optionally .gz)"
        case .notAFeed(let why):
            return "is not a feed Parallax reads (\(why)); give an RSS, Atom or JSON feed, a sitemap or an OPML file"
        case .idUsedTwice(let id):
            return "the ID \"\(id)\" is used by an earlier record of this input; give each article its own ID"
        }
    }

    /// "50.0 MB", or "3,001 bytes" below a megabyte.
    private static func size(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
