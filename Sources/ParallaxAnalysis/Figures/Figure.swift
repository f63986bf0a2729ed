/// A number in an article with what it counts: "at least 100 civilians", "162 Tomahawk missiles",
/// "$160 million", "the third day", "20 percent".
public struct Figure: Sendable, Hashable {
    /// As written, from the qualifier to the counted words.
    public var text: String
    public var start: Int
    public var end: Int
    public var value: Double
    /// "USD", "EUR", "GBP", "JPY" or "percent"; nil for a plain count.
    public var unit: String?
    /// What is counted: "civilians", "Tomahawk missiles", "day".
    public var counted: String?
    /// "at least", "more than", "about", …
    public var qualifier: String?
    /// "third", "25th": a rank, not a quantity.
    public var isOrdinal: Bool
}
