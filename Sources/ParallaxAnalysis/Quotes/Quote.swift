/// Something a source said, as an article reports it. Offsets count Unicode scalars of the article text.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// The words themselves, between quotation marks.
        case direct
        /// Reported speech: "Gates said the coalition was already going to great lengths".
        case indirect
    }

    public var kind: Kind
    /// The content as written; for direct quotes with their quotation marks, and, when an attribution
    /// breaks the quote ("“I think,” he said, “that …”"), from the first mark to the last.
    public var text: String
    public var start: Int
    public var end: Int
    /// The pieces of content when an attribution breaks the quote; one piece otherwise.
    public var fragments: [Range<Int>]
    /// Who said it, as written ("he", "the Kremlin statement", "Mr. Gates"), if known.
    public var speaker: String?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    /// The article entity the speaker is ("Robert M. Gates" for "he" or "Mr. Gates"), if resolved.
    public var speakerEntity: String?
    /// The reporting word or phrase: "said", "told", "according to".
    public var cue: String?
}
