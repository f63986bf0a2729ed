import Foundation
import ParallaxReading

/// Scores the HTML reader against a folder of pages and a JSONL file of true bodies (`{id, body}` per line),
/// the layout of the article-extraction-benchmark.
public struct ExtractionEvaluation: Sendable {
    /// One page's outcome.
    public struct Page: Sendable {
        public var id: String
        public var match: ShingleMatch
        public var extracted: String
        /// Why the page gave no text, if it did not.
        public var error: String?
    }

    public var pages: [Page]
    public var score: ExtractionScore

    public enum Failure: Error, CustomStringConvertible {
        case unreadableTruth(String)
        case malformedTruth(line: Int)

        public var description: String {
            switch self {
            case .unreadableTruth(let path): "\(path): cannot read the ground-truth file"
            case .malformedTruth(let line): "ground truth line \(line): expected {\"id\": …, \"body\": …}"
            }
        }
    }

    /// Runs the reader on `<htmlFolder>/<id>.html.gz` (or `.html`) for each line of `truthPath`.
    public init(htmlFolder: String, truthPath: String, progress: (Int, Int) -> Void = { _, _ in }) throws {
        guard let data = FileManager.default.contents(atPath: truthPath) else { throw Failure.unreadableTruth(truthPath) }
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }
        var truths: [(id: String, body: String)] = []
        for (number, line) in lines.enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String
            else { throw Failure.malformedTruth(line: number + 1) }
            truths.append((id, object["body"] as? String ?? ""))
        }

        let reader = ArticleReader(options: { var options = ArticleReader.Options(); options.identifiesLanguage = false; return options }())
        var pages: [Page] = []
        var exact = 0
        for (number, truth) in truths.enumerated() {
            progress(number + 1, truths.count)
            let candidates = ["\(htmlFolder)/\(truth.id).html.gz", "\(htmlFolder)/\(truth.id).html"]
            let path = candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
            var extracted = ""
            var error: String?
            reader.read(paths: [path]) { result in
                switch result {
                case .success(let article): extracted = article.text
                case .failure(let failure): error = failure.description
                }
            }
            let match = ShingleMatch(truth: truth.body, prediction: extracted)
            if ShingleMatch.tokens(truth.body) == ShingleMatch.tokens(extracted) { exact += 1 }
            pages.append(Page(id: truth.id, match: match, extracted: extracted, error: error))
        }
        self.pages = pages
        self.score = ExtractionScore(matches: pages.map(\.match), exactPages: exact)
    }
}
