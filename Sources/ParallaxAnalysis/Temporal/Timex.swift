/// A temporal expression in the TIMEX3 sense of TimeML (the annotation TempEval-3 scores): its extent, its
/// type, and its value normalised against the publication date.
public struct Timex: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A calendar date or period of any granularity: "March 3", "last week", "2009", "the fourth quarter".
        case date = "DATE"
        /// A time of day, or a part of a day: "18:00 UTC", "Friday morning", "tonight".
        case time = "TIME"
        /// A length of time: "three years", "the past nine days", "12-hour".
        case duration = "DURATION"
        /// A recurrence: "every week", "annually", "15 a year".
        case set = "SET"
    }

    /// Unicode scalar offsets in the text (Python `str` indexing), end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var type: Kind
    /// TIMEX3 value: "2007-04-13", "2007-W15", "2007-04", "2007-Q4", "2007-SU", "2010-07-16TMO",
    /// "2009-12-15T18:00", "PRESENT_REF", "P3D", "PXY", "XXXX-04-13" (no year known), "199" (the 1990s).
    public var value: String

    public init(start: Int, end: Int, text: String, type: Kind, value: String) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
    }
}
