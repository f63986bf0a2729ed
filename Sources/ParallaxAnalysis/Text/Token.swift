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
    /// Byte offsets in `text.utf8`.
    public var bytes: Range<Int>
    /// Unicode scalar offsets in `text`.
    public var start: Int
    public var end: Int
    /// Whether white space containing a blank line ("\n\n") comes before this token: a paragraph starts here.
    public var startsParagraph: Bool
}
