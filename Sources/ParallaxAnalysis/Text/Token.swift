/// One token of an article's text, with its place both as UTF-8 bytes (for fast slicing) and as Unicode
/// scalar offsets (what every Parallax output reports, matching Python's `str` indexing).
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and abbreviation full stops: "don't", "cease-fire", "U.S.".
        case word
        /// Digits with inner separators and ordinal suffixes: "1,000", "3.5", "25th".
        case number
        /// "https://…", "www.…".
        case url
        /// One Han, kana or Hangul character.
        case cjk
        /// Anything else, one scalar at a time: quotes, dashes, brackets, "%", "$".
        case punctuation
    }

    public var kind: Kind
    /// Whether white space containing a blank line ("\n\n") comes before this token: a paragraph starts here.
    public var startsParagraph: Bool
    // Offsets as 32-bit integers: a token takes 20 bytes instead of 48, and a text is mostly tokens once
    // analysed (10 MB of punctuation is 10 million of them). The tokenizer reads at most 4 GiB of a text.
    private let byteStart, byteEnd, scalarStart, scalarEnd: UInt32

    /// Byte offsets in `text.utf8`.
    public var bytes: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    /// Unicode scalar offsets in `text`.
    public var start: Int { Int(scalarStart) }
    public var end: Int { Int(scalarEnd) }

    public init(kind: Kind, bytes: Range<Int>, start: Int, end: Int, startsParagraph: Bool) {
        self.kind = kind
        self.startsParagraph = startsParagraph
        byteStart = UInt32(bytes.lowerBound)
        byteEnd = UInt32(bytes.upperBound)
        scalarStart = UInt32(start)
        scalarEnd = UInt32(end)
    }
}
