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
