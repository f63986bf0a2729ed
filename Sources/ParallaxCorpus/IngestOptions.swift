import ParallaxReading
import ParallaxStorage

/// How `Corpus.ingest` reads and commits.
public struct IngestOptions: Sendable {
    /// Articles committed in one transaction at most. A pipe that pauses commits what it has at once.
    /// Reading runs a few batches ahead on a thread of its own.
    public var batchSize = 500
    public var reading = ArticleReader.Options()
    /// How long and how often a batch is tried again when the database cannot be reached.
    public var retry = RetryPolicy()

    public init() {}
}

/// What an ingest tells its caller as it goes; every member is optional.
public struct IngestEvents {
    /// The clusterer replays stored articles before the first batch (after a crash, or another writer's work).
    public var replaying: (@Sendable (Int) -> Void)?
    /// One article's outcome, after its batch committed.
    public var outcome: ((IngestOutcome) -> Void)?
    /// After a batch committed and its outcomes were given: output can be flushed, so that a reader at the
    /// other end of a pipe sees each batch as it lands.
    public var batchCommitted: (() -> Void)?
    /// An input that gave no article, with the reason (naming the file and line).
    public var failure: ((String) -> Void)?
    /// About four times a second.
    public var progress: ((IngestProgress) -> Void)?
    /// The database cannot be reached (a server restarting): the work is tried again after the delay given.
    public var retrying: ((StoreRetry) -> Void)?

    public init(
        replaying: (@Sendable (Int) -> Void)? = nil, outcome: ((IngestOutcome) -> Void)? = nil,
        batchCommitted: (() -> Void)? = nil, failure: ((String) -> Void)? = nil,
        progress: ((IngestProgress) -> Void)? = nil, retrying: ((StoreRetry) -> Void)? = nil
    ) {
        self.retrying = retrying
        self.replaying = replaying
        self.outcome = outcome
        self.batchCommitted = batchCommitted
        self.failure = failure
        self.progress = progress
    }
}
