/// What became of one article given to `Store.add`.
public struct IngestOutcome: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// Stored for the first time.
        case new
        /// Stored for the first time, and its text copies an earlier article's (a wire copy).
        case copy
        /// Already in the store under the same ID or canonical URL: nothing was written.
        case alreadyStored = "already_stored"
    }

    /// The ID the article came with.
    public var id: String
    /// The ID it is stored under: its own, or the stored article with the same canonical URL.
    public var storedID: String
    public var story: String
    public var event: String
    public var duplicateOf: String?
    public var status: Status

    public init(id: String, storedID: String, story: String, event: String, duplicateOf: String?, status: Status) {
        self.id = id
        self.storedID = storedID
        self.story = story
        self.event = event
        self.duplicateOf = duplicateOf
        self.status = status
    }
}
