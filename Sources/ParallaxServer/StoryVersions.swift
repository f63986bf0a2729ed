import ParallaxStorage

/// Stories as they stand, read once for each state of the store: a story page or report asks for its story's
/// summary (the version its kept view is checked against) on every request, and a story of thousands of articles
/// costs milliseconds to summarise (its outlets). While the store's change mark stays, the summary read first is
/// the summary; once it moves, every story is read again on its next request.
actor StoryVersions {
    private let store: any Store
    private var mark: Int?
    private var stories: [String: StorySummary] = [:]

    init(store: any Store) {
        self.store = store
    }

    /// The story's summary now; nil when no story has the ID.
    func story(id: String) async throws -> StorySummary? {
        guard let current = try await store.changeMark() else { return try await store.story(id: id) }
        if current != mark {
            mark = current
            stories = [:]
        }
        if let known = stories[id] { return known }
        let story = try await store.story(id: id)
        // Kept only if the store did not move while it was read (the actor may have seen another mark since).
        if let story, mark == current { stories[id] = story }
        return story
    }
}
