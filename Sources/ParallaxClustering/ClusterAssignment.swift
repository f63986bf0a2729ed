import ParallaxReading

/// Where one article was put: its story, its event within the story, and the earlier article it copies.
public struct ClusterAssignment: Sendable, Hashable {
    public var article: String
    public var story: String
    public var event: String
    /// The ID of the earliest article this one is a wire copy or near-duplicate of.
    public var duplicateOf: String?
}

extension ClusterAssignment {
    /// `{"id", "story", "event", "duplicate_of"}`, the line `parallax cluster` prints.
    public var jsonLine: String {
        var object = JSONObjectWriter()
        object.add("id", article)
        object.add("story", story)
        object.add("event", event)
        object.add("duplicate_of", duplicateOf)
        return object.text
    }
}
