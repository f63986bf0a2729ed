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
        var outage = RetryClock(policy: options.retry, events: events)
        var clusterer = try await loadClusterer(&outage, events: events)
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
                outcomes = batch.isEmpty ? [] : try await addRetrying(batch, clusterer: &clusterer, policy: options.retry, events: events)
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
        // The state only saves the next process a replay, but a server restarting now is waited for all the same.
        outage = RetryClock(policy: options.retry, events: events)
        while true {
            do {
                try await store.saveClusteringState(clusterer)
                break
            } catch {
                try await outage.wait(after: error)
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Adds a batch; when the database cannot be reached (a server restarting, a dropped connection, a turn
    /// past its deadline), waits as `policy` says and tries again with a clusterer loaded anew: the failed turn
    /// spoiled the old one (it may have placed part of the batch), so the new one replays the committed arrivals
    /// from the store. A turn whose commit was sent but not acknowledged may have been stored: the new try then
    /// finds its articles already stored and reports them as such, so nothing is stored twice.
    func addRetrying(_ batch: [IncomingArticle], clusterer: inout CorpusClusterer, policy: RetryPolicy, events: IngestEvents)
        async throws -> [IngestOutcome]
    {
        var outage = RetryClock(policy: policy, events: events)
        while true {
            do {
                return try await store.add(batch, clusterer: clusterer)
            } catch {
                try await outage.wait(after: error)
                clusterer = try await loadClusterer(&outage, events: events)
            }
        }
    }

    /// The clusterer, caught up with the store; loading it needs the database too, and its failures count
    /// against the same outage.
    func loadClusterer(_ outage: inout RetryClock, events: IngestEvents) async throws -> CorpusClusterer {
        while true {
            do {
                return try await store.clusterer(progress: events.replaying)
            } catch {
                try await outage.wait(after: error)
            }
        }
    }
}
