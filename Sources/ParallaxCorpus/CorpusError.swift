/// Why a corpus use case could not answer. The description says what to do.
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No story, event or article has this ID.
    case unknownID(String)
    case unsupportedLocation(String)

    public var description: String {
        switch self {
        case .unknownID(let id):
            return "no story, event or article has the ID \"\(id)\"; `parallax stories` lists stories, "
                + "`parallax search WORDS` finds articles"
        case .unsupportedLocation(let message):
            return message
        }
    }
}
