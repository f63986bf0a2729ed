/// The kinds of input Parallax reads, chosen by file extension or, on standard input, by content.
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case html
    case jsonl

    /// The format named by a file's extension, looking through a final `.gz`; nil for other files.
    public init?(path: String) {
        var name = Substring(path.split(separator: "/").last ?? "").lowercased()[...]
        if name.hasSuffix(".gz") { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml", "shtml": self = .html
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// Guesses the format of unnamed bytes (standard input) from their first non-blank byte.
    public init(sniffing bytes: some Collection<UInt8>) {
        let first = bytes.first { !TextBytes.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        switch first {
        case UInt8(ascii: "{"): self = .jsonl
        case UInt8(ascii: "<"): self = .html
        default: self = .text
        }
    }
}

/// Whether a path ends in `.gz`, so that its bytes must be inflated first.
func isGzipped(_ path: String) -> Bool {
    path.lowercased().hasSuffix(".gz")
}
