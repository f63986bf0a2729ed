/// Plain shapes of text that once made analysis cost the square of their length (found by fuzzing: 1 MB of
/// "he said that she said that …" took 24 GB). The server takes articles from anyone, so each is a way to stop
/// it; `parallax bench shapes` and the tests measure them at growing sizes.
///
/// ```swift
/// let page = HostileShape.markup.text(bytes: 1_000_000)  // an HTML page of "<!" a megabyte long
/// ```
public enum HostileShape: String, CaseIterable, Sendable {
    /// One sentence of nested reported speech: "he said that she said that …".
    case reportedSpeech = "reported-speech"
    /// Short quotes with their attribution, without a full stop: `He said "x" He said "x" …`.
    case saidQuotes = "said-quotes"
    /// Straight quotation marks and spaces: `" " " …`.
    case straightMarks = "straight-marks"
    /// Arabic reported speech with guillemets, without a full stop: `وقال المتحدث «هذا أمر مهم جدا» …`.
    case guillemets
    /// An HTML page whose paragraph is "<!" repeated.
    case markup
    /// One paragraph of ordinary news, repeated: a very long article with a name mentioned again and again, a
    /// quote, dates and figures in every paragraph (each name's mentions, and the dates against the tokens, were
    /// compared all with all: 10 MB of news took 57 s to analyse, 28 times 1 MB).
    case news

    /// The piece the text repeats.
    public var unit: String {
        switch self {
        case .reportedSpeech: "he said that she said that "
        case .saidQuotes: "He said \"x\" "
        case .straightMarks: "\" "
        case .guillemets: "وقال المتحدث «هذا أمر مهم جدا» "
        case .markup: "<!"
        case .news:
            "Defense Secretary Robert M. Gates said on Tuesday that 1,200 troops would leave Kandahar by March 3. "
                + "\"We are not there yet,\" Gates told reporters in Brussels, where NATO ministers met. "
                + "The alliance has spent $2.6 billion on the mission since 2009.\n\n"
        }
    }

    /// Whether the text is an HTML page (read with the HTML reader) rather than plain text.
    public var isHTML: Bool { self == .markup }

    /// How many times `text(bytes:)` repeats the unit.
    public func repetitions(bytes: Int) -> Int {
        max(1, bytes / unit.utf8.count)
    }

    /// The shape, about `bytes` long in UTF-8.
    public func text(bytes: Int) -> String {
        let body = String(repeating: unit, count: repetitions(bytes: bytes))
        return isHTML ? "<html><head><title>Markup</title></head><body><p>" + body + "</p></body></html>" : body
    }
}
