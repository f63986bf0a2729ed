import Foundation
import ParallaxClustering
import ParallaxReading
import ParallaxStorage

/// Reads articles on a thread of its own, a few batches ahead of the writer, so that reading (JSON, language
/// identification, identity keys, the clusterer's features) on one core overlaps placing and storing on the other.
///
/// A batch ends at `batchSize` records, or as soon as the input would make the reader wait (a pipe that pauses),
/// so that what has arrived is committed at once. At most `capacity` batches wait: memory stays bounded however
/// fast the input comes.
final class BatchReader: @unchecked Sendable {
    enum Item: Sendable {
        case article(IncomingArticle)
        case failure(ReadingError)
    }

    struct Batch: Sendable {
        var items: [Item]
        /// Input bytes consumed when the batch was taken, and the input's size when known.
        var bytesRead: Int
        var totalBytes: Int?
    }

    private let paths: [String]
    private let reader: ArticleReader
    private let batchSize: Int
    private let preparer: ArticlePreparer
    private let capacity = 4
    // Guards everything below.
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var finished = false
    private var cancelled = false
    private var waiting: CheckedContinuation<Batch?, Never>?

    init(paths: [String], reader: ArticleReader, batchSize: Int, preparer: ArticlePreparer) {
        self.paths = paths
        self.preparer = preparer
        self.reader = reader
        self.batchSize = batchSize
    }

    func start() {
        let thread = Thread { [self] in produce() }
        thread.name = "parallax-reader"
        thread.start()
    }

    /// The next batch, nil once the input is read.
    func next() async -> Batch? {
        await withCheckedContinuation { continuation in
            condition.lock()
            if !queue.isEmpty {
                let batch = queue.removeFirst()
                condition.signal()
                condition.unlock()
                continuation.resume(returning: batch)
            } else if finished {
                condition.unlock()
                continuation.resume(returning: nil)
            } else {
                waiting = continuation
                condition.unlock()
            }
        }
    }

    /// Stops reading (the writer failed); the reading thread ends at its next batch.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func produce() {
        let stream = ArticleStream(paths: paths, reader: reader)
        var items: [Item] = []
        while !isCancelled, let result = stream.next() {
            switch result {
            case .success(let article):
                var incoming = IncomingArticle(article)
                incoming.prepare(with: preparer)
                items.append(.article(incoming))
            case .failure(let error): items.append(.failure(error))
            }
            if items.count >= batchSize || !stream.hasPendingInput {
                put(Batch(items: items, bytesRead: stream.bytesRead, totalBytes: stream.totalBytes))
                items.removeAll(keepingCapacity: true)
            }
        }
        if !items.isEmpty { put(Batch(items: items, bytesRead: stream.bytesRead, totalBytes: stream.totalBytes)) }
        condition.lock()
        finished = true
        let waiting = self.waiting
        self.waiting = nil
        condition.unlock()
        waiting?.resume(returning: nil)
    }

    private var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    private func put(_ batch: Batch) {
        condition.lock()
        while queue.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else {
            condition.unlock()
            return
        }
        if let waiting {
            self.waiting = nil
            condition.unlock()
            waiting.resume(returning: batch)
            return
        }
        queue.append(batch)
        condition.unlock()
    }
}
