import Foundation

/// One line of PolNeAR-style attribution gold (see ../shared/data/README.md).
///
/// Decoded with `JSONDecoder`, not `JSONSerialization`: on Linux the latter drops a U+FEFF that follows a
/// line break inside a string, which shifts every later offset of that article by one.
struct AttributionRecord: Decodable {
    struct Span: Decodable {
        var start: Int
        var end: Int
        var text: String

        var range: Range<Int> { start..<max(start, end) }
    }

    struct Attribution: Decodable {
        var source: Span?
        var cue: Span?
        var content: Span
        var direct: Bool?
    }

    var id: String
    var text: String
    var split: String?
    var attributions: [Attribution]

    /// The records of a file, optionally only those of one split.
    static func load(_ path: String, split: String?) throws -> [AttributionRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionEvaluation.Failure.unreadableTruth(path)
        }
        let decoder = JSONDecoder()
        var records: [AttributionRecord] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do {
                let record = try decoder.decode(AttributionRecord.self, from: Data(line))
                if split == nil || record.split == split { records.append(record) }
            } catch {
                throw ExtractionEvaluation.Failure.malformedTruth(line: number + 1)
            }
        }
        return records
    }
}
