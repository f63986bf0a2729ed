import Foundation
import ParallaxReading

/// One test case for figure conflicts: a real article, a second outlet's copy of it with every figure written in
/// another form, and, in half of the pairs, one figure changed in the copy (the gold). One JSON object per line.
public struct ConflictPair: Codable, Sendable {
    public struct Side: Codable, Sendable {
        public var id: String
        public var outlet: String
        public var date: String?
        public var title: String?
        public var text: String

        public var article: Article {
            Article(id: id, text: text, title: title, date: date.flatMap { CalendarDay(iso8601: $0) }, outlet: outlet, language: "en")
        }
    }

    /// The figure changed in the copy: as written in the original and in the copy, with its place in the copy's
    /// text (Unicode scalar offsets).
    public struct Change: Codable, Sendable {
        public var original: String
        public var written: String
        public var start: Int
        public var end: Int
        public var from: Double
        public var to: Double
    }

    public var id: String
    public var a: Side
    public var b: Side
    /// How many figures the copy writes in another form.
    public var rewritten: Int
    public var changed: Change?

    /// The pairs of a JSONL file; a line that is not a pair is an error naming the line.
    public static func load(_ path: String) throws(ConflictPairError) -> [ConflictPair] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        let decoder = JSONDecoder()
        var pairs: [ConflictPair] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
            do {
                pairs.append(try decoder.decode(ConflictPair.self, from: Data(line)))
            } catch {
                throw .malformed(path: path, line: number + 1)
            }
        }
        return pairs
    }
}

public enum ConflictPairError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(path: String, line: Int)
    case noFigures

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path): give a JSONL file made by `parallax eval conflict-pairs`"
        case .malformed(let path, let line):
            "\(path), line \(line): not a conflict pair (needs \"id\", \"a\", \"b\", \"rewritten\"; make pairs with `parallax eval conflict-pairs`)"
        case .noFigures: "none of the articles has two figures to rewrite: give news articles (JSONL with \"text\")"
        }
    }
}
