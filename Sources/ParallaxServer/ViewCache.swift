import ParallaxStorage

/// Views of the store (a rendered page, a report) kept under a key with the version of the data they were made
/// from, and made again once the version moves. The busiest routes ask for the same few views over and over while
/// the store changes a few times a second at most; making each once per version is what keeps their latency flat
/// under load. Requests for a view being made wait for it rather than make it again: sixteen readers of a new
/// page cost one rendering. The least recently used views go first once `capacity` is reached.
///
/// A view that takes long to make (the report of a story of thousands of articles, a second or more) may be asked
/// for `previousAllowed`: while a newer version is being made, the newest view made so far is answered at once,
/// and only one making runs at a time for its key (a story that gains an article every second would otherwise
/// keep every reader waiting for reports outdated by the time they are made, or start one making a second). Such
/// a view lags at most the makings under way; a making that fails is forgotten, and the next request starts another.
actor ViewCache<View: Sendable> {
    private struct Entry {
        /// The version asked for last, and its making (`sequence` numbers makings in the order they started).
        var version: String
        var task: Task<View, any Error>
        var sequence: Int
        var isMaking = true
        /// The newest view made so far, of this version or an earlier one.
        var previous: View?
        var previousSequence = 0
    }

    private let capacity: Int
    private var entries: [String: Entry] = [:]
    private var makings = 0
    /// Keys, least recently used first.
    private var recency: [String] = []

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// The view under `key` made at `version`: the one kept, or one `make` makes now (and keeps unless it fails);
    /// with `previousAllowed`, the newest one made while a newer one is being made.
    func view(
        _ key: String, version: String, previousAllowed: Bool = false, make: @escaping @Sendable () async throws -> View
    ) async throws -> View {
        touch(key)
        if let kept = entries[key], kept.version != version, kept.isMaking, previousAllowed, let previous = kept.previous {
            // One making at a time: the next version is made once this one is done.
            return previous
        }
        let entry: Entry
        if let kept = entries[key], kept.version == version {
            entry = kept
        } else {
            makings += 1
            let sequence = makings
            // Detached: a client that goes away must not cancel the view other clients wait for.
            let task = Task.detached { [weak self] () throws -> View in
                do {
                    let view = try await make()
                    await self?.made(view, key: key, sequence: sequence)
                    return view
                } catch {
                    await self?.failed(key: key, sequence: sequence)
                    throw error
                }
            }
            entry = Entry(
                version: version, task: task, sequence: sequence, previous: entries[key]?.previous,
                previousSequence: entries[key]?.previousSequence ?? 0)
            entries[key] = entry
        }
        if previousAllowed, let previous = entry.previous { return previous }
        return try await entry.task.value
    }

    /// Keeps a view just made as the newest, unless a making started later has finished already.
    private func made(_ view: View, key: String, sequence: Int) {
        guard let entry = entries[key] else { return }
        if sequence == entry.sequence { entries[key]?.isMaking = false }
        if sequence > entry.previousSequence {
            entries[key]?.previous = view
            entries[key]?.previousSequence = sequence
        }
    }

    /// Forgets a failed making, so that the next request makes the view again.
    private func failed(key: String, sequence: Int) {
        guard entries[key]?.sequence == sequence else { return }
        entries[key]?.version = ""
        entries[key]?.isMaking = false
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
