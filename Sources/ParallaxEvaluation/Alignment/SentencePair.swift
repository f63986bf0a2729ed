import Foundation

/// One line of a paraphrase file: `{"id", "a", "b", "label"}`, label 1 when the two sentences say the same thing.
public struct SentencePair: Decodable, Sendable {
    public var id: String
    public var a: String
    public var b: String
    public var label: Int

    public init(id: String, a: String, b: String, label: Int) {
        self.id = id
        self.a = a
        self.b = b
        self.label = label
    }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(path: String, line: Int)
        case badLabel(path: String, line: Int, id: String)
        case empty(String)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot read the file; give a JSONL file of sentence pairs"
            case .malformed(let path, let line):
                "\(path) line \(line): expected {\"id\": \"…\", \"a\": \"…\", \"b\": \"…\", \"label\": 0 or 1}"
            case .badLabel(let path, let line, let id): "\(path) line \(line) (id \(id)): label must be 0 or 1"
            case .empty(let path): "\(path): no sentence pairs in the file"
            }
        }
    }

    /// The pairs of a JSONL file, in file order.
    public static func load(_ path: String) throws(Failure) -> [SentencePair] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        let decoder = JSONDecoder()
        var pairs: [SentencePair] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
            guard let pair = try? decoder.decode(SentencePair.self, from: Data(line)) else {
                throw .malformed(path: path, line: number + 1)
            }
            guard pair.label == 0 || pair.label == 1 else { throw .badLabel(path: path, line: number + 1, id: pair.id) }
            pairs.append(pair)
        }
        guard !pairs.isEmpty else { throw .empty(path) }
        return pairs
    }
}
