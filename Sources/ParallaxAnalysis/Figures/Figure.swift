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
    /// The step the value is written to: 100,000 for "2.6 million", 1,000,000 for "2m", 1 for "45%", 100 for
    /// "1,500". A value that rounds to this one at this step says the same.
    public var precision: Double
    /// The word just before the figure, lower-cased ("turned" in "turned 18"), or the noun before "of" ("a crowd
    /// of 5,000"): what a bare number is about.
    public var preceding: String?
    /// The first content word after a bare number in its clause, lower-cased ("deported" in "77 have been
    /// deported"): what it is about when the counted noun is left out.
    public var following: String?
}
