import ParallaxReading
import ParallaxStorage

/// What a request or the ingest form brought: the articles read, and the records that could not be, in order.
struct Submission {
    struct Failure {
        /// The record's position among the records (1-based), for matching answers to lines.
        var record: Int
        var error: ReadingError
    }

    var articles: [Article] = []
    /// For each article, its record's position.
    var records: [Int] = []
    var failures: [Failure] = []

    var isEmpty: Bool { articles.isEmpty && failures.isEmpty }

    /// An ID for a text given without one, made from its bytes (FNV-1a): the same text sent twice is one article.
    static func contentID(_ bytes: [UInt8], prefix: String) -> String {
        let hash = bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return prefix + String(hash, radix: 16)
    }

    /// Reads the records; a record without text is a failure, and so is a second record with an ID already used in
    /// the same submission, as in `parallax ingest` (one of them would silently not be stored).
    static func read(_ bytes: [UInt8], format: ArticleReader.SubmittedFormat, source: String) -> Submission {
        var submission = Submission()
        var ids = Set<String>()
        var record = 0
        ArticleReader().read(submitted: bytes, format: format, source: source) { result in
            record += 1
            switch result {
            case .success(let article) where article.text.allSatisfy(\.isWhitespace):
                // A file may hold a headline alone (ECB+ has some); a submission says its text is required.
                submission.failures.append(Failure(record: record, error: ReadingError(source: source, reason: .noText)))
            case .success(let article) where !ids.insert(article.id).inserted:
                submission.failures.append(Failure(record: record, error: ReadingError(source: source, reason: .idUsedTwice(article.id))))
            case .success(let article):
                submission.articles.append(article)
                submission.records.append(record)
            case .failure(let error):
                submission.failures.append(Failure(record: record, error: error))
            }
        }
        return submission
    }

    /// `{"articles": [outcome or failure, in record order], "stored", "already_stored", "failed"}`; a failure is
    /// `{"record", "line", "status": "failed", "error"}`.
    func resultJSON(_ outcomes: [IngestOutcome]) -> String {
        var items: [(record: Int, json: String)] = zip(records, outcomes).map { ($0, $1.json) }
        for failure in failures {
            var object = JSONObjectWriter()
            object.add("record", failure.record)
            object.add("line", failure.error.line)
            object.add("status", "failed")
            object.add("error", failure.error.description)
            items.append((failure.record, object.text))
        }
        items.sort { $0.record < $1.record }
        var object = JSONObjectWriter()
        object.addRaw("articles", "[" + items.map(\.json).joined(separator: ",") + "]")
        object.add("stored", outcomes.filter { $0.status != .alreadyStored }.count)
        object.add("already_stored", outcomes.filter { $0.status == .alreadyStored }.count)
        object.add("failed", failures.count)
        return object.text
    }
}
