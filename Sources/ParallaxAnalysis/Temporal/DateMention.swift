import ParallaxReading

/// A date written in an article, resolved against its publication date where it is relative.
public struct DateMention: Sendable, Hashable {
    public enum Granularity: String, Sendable, Codable {
        case day, week, month, year
    }

    /// As written: "on Thursday", "last week", "March 22, 2011".
    public var text: String
    public var start: Int
    public var end: Int
    /// The day meant, or the first day of the week, month or year meant; nil when it cannot be resolved
    /// (a relative date in an article without a date).
    public var date: CalendarDay?
    public var granularity: Granularity
    /// Whether the text needed the publication date to be resolved ("Tuesday", "last week").
    public var isRelative: Bool
}
