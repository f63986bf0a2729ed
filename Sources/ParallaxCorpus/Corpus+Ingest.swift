import Foundation
import ParallaxReading
import ParallaxStorage

/// How `Corpus.ingest` reads and commits.
public struct IngestOptions: Sendable {
    /// Articles committed in one transaction at most. A pipe that pauses commits what it has at once.
    /// Reading runs a few batches ahead on a thread of its own.
    public var batchSize = 500
    public var reading = ArticleReader.Options()

    public init() {}
}

/// What an ingest did, counted as it goes.
public struct IngestSummary: Sendable {
    /// Records read (articles and unreadable inputs).
    public var read = 0
    /// Stored for the first time (including copies).
    public var stored = 0
    /// Stored for the first time as a copy of an earlier article's text.
    public var copies = 0
    public var alreadyStored = 0
    public var failed = 0
    /// How many failures of each kind ("malformed JSON": 3), in the order first met.
    public private(set) var failureReasons: [FailureCount] = []
    public var seconds = 0.0

    public struct FailureCount: Sendable, Hashable {
        public var reason: String
        public var count: Int
    }

    mutating func fail(_ reason: String) {
        failed += 1
        if let index = failureReasons.firstIndex(where: { $0.reason == reason }) {
            failureReasons[index].count += 1
        } else {
            failureReasons.append(FailureCount(reason: reason, count: 1))
        }
    }
}

/// Where an ingest is, for a progress line.
public struct IngestProgress: Sendable {
    public var summary: IngestSummary
    public var bytesRead: Int
    /// The input's size when known (files, not pipes).
    public var totalBytes: Int?
    public var seconds: Double

    /// Records a second.
    public var rate: Double { seconds > 0 ? Double(summary.read) / seconds : 0 }
    /// 0…1, when the input's size is known.
    public var shareDone: Double? { totalBytes.flatMap { $0 > 0 ? min(1, Double(bytesRead) / Double($0)) : nil } }
}

/// What an ingest tells its caller as it goes; every member is optional.
public struct IngestEvents {
    /// The clusterer replays stored articles before the first batch (after a crash, or another writer's work).
    public var replaying: (@Sendable (Int) -> Void)?
    /// One article's outcome, after its batch committed.
    public var outcome: ((IngestOutcome) -> Void)?
    /// An input that gave no article, with the reason (naming the file and line).
    public var failure: ((String) -> Void)?
    /// About four times a second.
    public var progress: ((IngestProgress) -> Void)?

    public init(
        replaying: (@Sendable (Int) -> Void)? = nil, outcome: ((IngestOutcome) -> Void)? = nil,
        failure: ((String) -> Void)? = nil, progress: ((IngestProgress) -> Void)? = nil
    ) {
        self.replaying = replaying
        self.outcome = outcome
        self.failure = failure
        self.progress = progress
    }
}

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
        let clusterer = try await store.clusterer(progress: events.replaying)
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
                outcomes = batch.isEmpty ? [] : try await store.add(batch, clusterer: clusterer)
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
}
