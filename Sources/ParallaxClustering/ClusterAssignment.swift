/// Where one article was put: its story, its event within the story, and the earlier article it copies.
public struct ClusterAssignment: Sendable, Hashable {
    public var article: String
    public var story: String
    public var event: String
    /// The ID of the earliest article this one is a wire copy or near-duplicate of.
    public var duplicateOf: String?
}
