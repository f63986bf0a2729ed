import Foundation
import ParallaxAnalysis
import ParallaxReading

/// One TempEval-3-style document: `{"id","date","text","timexes":[{"start","end","text","type","value"}]}`,
/// with offsets in Unicode scalars (Python `str` indexing), as ../shared/data/timex/ writes them.
public struct TimexDocument: Codable, Sendable {
    public var id: String
    /// The document creation time, `YYYY-MM-DD` (a time after it is ignored).
    public var date: String?
    public var text: String
    public var timexes: [Timex]

    public init(id: String, date: String?, text: String, timexes: [Timex]) {
        self.id = id
        self.date = date
        self.text = text
        self.timexes = timexes
    }

    public var reference: CalendarDay? { date.flatMap { CalendarDay(iso8601: $0) } }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(path: String, line: Int, id: String?, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path):
                return "cannot read \(path): check the path (a JSONL file, one document per line)"
            case .malformed(let path, let line, let id, let reason):
                return "\(path) line \(line)\(id.map { " (id \($0))" } ?? ""): \(reason); each line needs "
                    + "{\"id\",\"date\",\"text\",\"timexes\":[{\"start\",\"end\",\"text\",\"type\",\"value\"}]}"
            }
        }
    }

    /// The documents of a JSONL file. A line that does not decode, or a span whose offsets do not give its
    /// text, is an error naming the line and the document.
    public static func load(_ path: String) throws(Failure) -> [TimexDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        // JSONDecoder, not JSONSerialization: the latter drops a U+FEFF after a line break on Linux.
        let decoder = JSONDecoder()
        var documents: [TimexDocument] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            let document: TimexDocument
            do {
                document = try decoder.decode(TimexDocument.self, from: Data(line))
            } catch {
                let id = (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["id"] as? String
                throw .malformed(path: path, line: number + 1, id: id, reason: "not a document (\(Self.reason(error)))")
            }
            if let date = document.date, CalendarDay(iso8601: date) == nil {
                throw .malformed(path: path, line: number + 1, id: document.id, reason: "date \"\(date)\" is not YYYY-MM-DD")
            }
            let scalars = Array(document.text.unicodeScalars)
            for timex in document.timexes {
                guard timex.start >= 0, timex.start <= timex.end, timex.end <= scalars.count else {
                    throw .malformed(path: path, line: number + 1, id: document.id,
                                     reason: "span \(timex.start)..<\(timex.end) lies outside the text")
                }
                let spanned = String(String.UnicodeScalarView(scalars[timex.start..<timex.end]))
                if spanned != timex.text {
                    throw .malformed(path: path, line: number + 1, id: document.id,
                                     reason: "span \(timex.start)..<\(timex.end) reads \"\(spanned)\", not \"\(timex.text)\" (offsets must count Unicode scalars)")
                }
            }
            documents.append(document)
        }
        return documents
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "invalid JSON"
        }
    }
}
