import ParallaxStorage

/// Views of the store (a rendered page, a report) kept under a key with the version of the data they were made
/// from, and made again once the version moves. The busiest routes ask for the same few views over and over while
/// the store changes a few times a second at most; making each once per version is what keeps their latency flat
/// under load. Requests for a view being made wait for it rather than make it again: sixteen readers of a new
/// page cost one rendering. The least recently used views go first once `capacity` is reached.
///
/// A view that takes long to make (the report of a story of thousands of articles, a second or more) may be asked
/// for `previousAllowed`: while its new version is being made, the last one made is answered at once. A story
/// that gains an article every second would otherwise keep every reader waiting for a report that is outdated
/// by the time it is made. Such a view is never older than the making of one version.
actor ViewCache<View: Sendable> {
    private struct Entry {
        /// The version being made or last made, and its making.
        var version: String
        var task: Task<View, any Error>
        /// The newest view made so far, of this version or an earlier one.
        var previous: View?
        var previousVersion: String?
    }

    private let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Keys, least recently used first.
    private var recency: [String] = []

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// The view under `key` made at `version`: the one kept, or one `make` makes now (and keeps unless it fails);
    /// with `previousAllowed`, the last one made while a newer one is being made.
    func view(
        _ key: String, version: String, previousAllowed: Bool = false, make: @escaping @Sendable () async throws -> View
    ) async throws -> View {
        touch(key)
        let entry: Entry
        if let kept = entries[key], kept.version == version {
            entry = kept
        } else {
            // Detached: a client that goes away must not cancel the view other clients wait for.
            let task = Task.detached { [weak self] () throws -> View in
                let view = try await make()
                await self?.made(view, key: key, version: version)
                return view
            }
            entry = Entry(version: version, task: task, previous: entries[key]?.previous, previousVersion: entries[key]?.previousVersion)
            entries[key] = entry
        }
        if previousAllowed, let previous = entry.previous { return previous }
        do {
            return try await entry.task.value
        } catch {
            // A failed view is not kept: the next request tries again.
            if entries[key]?.version == version { entries[key]?.version = "" }
            throw error
        }
    }

    /// Keeps a view just made as the one to answer while the next is made, unless the version asked for now was
    /// made already (an older making that ends late must not replace a newer view).
    private func made(_ view: View, key: String, version: String) {
        guard let entry = entries[key], entry.previousVersion != entry.version else { return }
        entries[key]?.previous = view
        entries[key]?.previousVersion = version
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
