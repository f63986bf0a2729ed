import Foundation
import ParallaxClustering
import ParallaxReading

/// The clusterer of one corpus: a `StoryClusterer` and how many of the store's articles it has placed.
///
/// A store hands one out (`Store.clusterer()`) and uses it inside its write transactions only, which the store
/// serialises; the lock makes that safe even if a caller shares it by mistake. After a failed transaction the
/// clusterer has seen articles the store does not hold, so it refuses further work: ask the store for a new one.
public final class CorpusClusterer: @unchecked Sendable {
    /// Save the state again once this many articles arrived since the last save, so that a crash replays at
    /// most this many. Saving costs about as much as clustering a few thousand articles at 100,000 stored.
    public static let saveInterval = 50_000

    private let lock = NSLock()
    private var clusterer: StoryClusterer
    private var placed: Int
    private var saved: Int
    private var spoiled = false

    package init(_ clusterer: StoryClusterer, arrivals: Int, savedAt saved: Int) {
        self.clusterer = clusterer
        self.preparer = clusterer.preparer
        self.placed = arrivals
        self.saved = saved
    }

    /// The number of stored articles it has placed: the arrival number of the last one.
    public var arrivals: Int { lock.withLock { placed } }

    package var isSpoiled: Bool { lock.withLock { spoiled } }

    package var isSaveDue: Bool { lock.withLock { placed - saved >= Self.saveInterval } }

    /// Prepares articles for this clusterer on any thread (`IncomingArticle.prepare(with:)`).
    public let preparer: ArticlePreparer

    package func place(_ article: Article) -> ClusterAssignment {
        place(preparer.prepare(article))
    }

    package func place(_ prepared: PreparedArticle) -> ClusterAssignment {
        lock.withLock {
            placed += 1
            return clusterer.add(prepared)
        }
    }

    /// The state to save, and the arrival it was taken at.
    package func snapshot() -> (arrivals: Int, bytes: [UInt8]) {
        lock.withLock { (placed, clusterer.snapshot()) }
    }

    package func markSaved(at arrivals: Int) {
        lock.withLock { saved = max(saved, arrivals) }
    }

    /// Called when a transaction that used it failed.
    package func spoil() {
        lock.withLock { spoiled = true }
    }
}
