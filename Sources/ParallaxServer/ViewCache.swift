import ParallaxStorage

/// Views of the store (a rendered page, a report) kept under a key with the version of the data they were made
/// from, and made again once the version moves. The busiest routes ask for the same few views over and over while
/// the store changes a few times a second at most; making each once per version is what keeps their latency flat
/// under load. Requests for a view being made wait for it rather than make it again: sixteen readers of a new
/// page cost one rendering. The least recently used views go first once `capacity` is reached.
actor ViewCache<View: Sendable> {
    private struct Entry {
        var version: String
        var task: Task<View, any Error>
    }

    private let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Keys, least recently used first.
    private var recency: [String] = []

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// The view under `key` made at `version`: the one kept, or one `make` makes now (and keeps unless it fails).
    func view(_ key: String, version: String, make: @escaping @Sendable () async throws -> View) async throws -> View {
        if let kept = entries[key], kept.version == version {
            touch(key)
            return try await kept.task.value
        }
        // Detached: a client that goes away must not cancel the view other clients wait for.
        let task = Task.detached(operation: make)
        entries[key] = Entry(version: version, task: task)
        touch(key)
        do {
            return try await task.value
        } catch {
            // A failed view is not kept: the next request tries again.
            if entries[key]?.version == version { entries[key] = nil }
            throw error
        }
    }

    private func touch(_ key: String) {
        if let index = recency.lastIndex(of: key) { recency.remove(at: index) }
        recency.append(key)
        while recency.count > capacity { entries[recency.removeFirst()] = nil }
    }
}

extension ViewCache {
    /// A view of the whole store (a list of its newest stories): kept until anything is added to the store, and made
    /// each time when the store cannot say cheaply whether it changed.
    func view(
        _ key: String, ofStore store: any Store, make: @escaping @Sendable () async throws -> View
    ) async throws -> View {
        guard let mark = try await store.changeMark() else { return try await make() }
        return try await view(key, version: String(mark), make: make)
    }
}
