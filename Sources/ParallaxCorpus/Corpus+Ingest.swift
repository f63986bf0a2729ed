import Foundation
import ParallaxReading
import ParallaxStorage

extension Corpus {
    /// Reads articles from paths (files, folders, `-` for standard input), places each in its event and story, and
    /// stores it, batch by batch: each batch is one transaction, visible to readers once committed. An article
    /// already stored under its ID or canonical URL is counted and left alone; a second record of this input with
    /// an ID already used in it is a failure naming it. Memory holds the clusterer and one batch, not the input.
    ///
    /// When a batch cannot be written (disk full, read-only file), the run stops with the store's error; every
    /// batch before it is stored, and running the same command again completes the work.
    public func ingest(paths: [String], options: IngestOptions = IngestOptions(), events: IngestEvents = IngestEvents())
        async throws -> IngestSummary
    {
        let started = Date()
        var summary = IngestSummary()
        var clusterer = try await store.clusterer(progress: events.replaying)
        let reader = BatchReader(
            paths: paths, reader: ArticleReader(options: options.reading), batchSize: options.batchSize,
            preparer: clusterer.preparer)
        reader.start()
        var idsOfThisInput = Set<String>()
        var lastProgress = Date.distantPast

        while let incoming = await reader.next() {
            var batch: [IncomingArticle] = []
            for item in incoming.items {
                summary.read += 1
                switch item {
                case .failure(let error):
                    summary.fail(error.kind)
                    events.failure?(error.description)
                case .article(let article):
                    if idsOfThisInput.insert(article.article.id).inserted {
                        batch.append(article)
                    } else {
                        summary.fail("ID used twice in the input")
                        events.failure?("article \"\(article.article.id)\": an earlier record of this input has the same ID; "
                            + "give each article its own ID (this one was not stored)")
                    }
                }
            }
            let outcomes: [IngestOutcome]
            do {
                outcomes = batch.isEmpty ? [] : try await addRetrying(batch, clusterer: &clusterer, events: events)
            } catch {
                reader.cancel()
                throw error
            }
            for outcome in outcomes {
                switch outcome.status {
                case .new: summary.stored += 1
                case .copy: summary.stored += 1; summary.copies += 1
                case .alreadyStored: summary.alreadyStored += 1
                }
                events.outcome?(outcome)
            }
            if !outcomes.isEmpty { events.batchCommitted?() }
            if let progress = events.progress, Date().timeIntervalSince(lastProgress) >= 0.25 {
                lastProgress = Date()
                progress(IngestProgress(summary: summary, bytesRead: incoming.bytesRead, totalBytes: incoming.totalBytes,
                                        seconds: lastProgress.timeIntervalSince(started)))
            }
        }
        try await store.saveClusteringState(clusterer)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Waits between tries when the database cannot be reached: about two minutes in all, then the error stands.
    static let retryDelays: [Double] = [0.5, 1, 2, 4, 8, 15, 30, 30, 30]

    /// Adds a batch; when the database cannot be reached (a server restarting, a dropped connection), waits and
    /// tries again with a clusterer loaded anew, since the failed turn spoiled the old one. A turn whose commit
    /// was sent but not acknowledged may have been stored: the new try then finds its articles already stored
    /// and reports them as such, so nothing is stored twice.
    func addRetrying(_ batch: [IncomingArticle], clusterer: inout CorpusClusterer, events: IngestEvents)
        async throws -> [IngestOutcome]
    {
        var delays = Self.retryDelays[...]
        while true {
            do {
                return try await store.add(batch, clusterer: clusterer)
            } catch let error as StoreError {
                guard case .unreachable = error.reason, let delay = delays.popFirst() else { throw error }
                events.retrying?(error, delay)
                try await Task.sleep(for: .seconds(delay))
                // Loading the clusterer needs the database too; its failure uses up the next delay.
                while true {
                    do {
                        clusterer = try await store.clusterer(progress: events.replaying)
                        break
                    } catch let error as StoreError {
                        guard case .unreachable = error.reason, let delay = delays.popFirst() else { throw error }
                        events.retrying?(error, delay)
                        try await Task.sleep(for: .seconds(delay))
                    }
                }
            }
        }
    }
}
