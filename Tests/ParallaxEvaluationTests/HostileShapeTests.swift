import Foundation
import Testing
import ParallaxAnalysis
import ParallaxEvaluation
import ParallaxReading

/// Each hostile shape at 300 KB, where analysis that costs the square of the text needs gigabytes (the reported
/// speech took 1.85 GB at 100 KB): the quotes found are right, and the memory added is a small multiple of the
/// text. Memory, not time, is asserted: time on a shared machine is noise.
@Suite("Hostile shapes cost linear memory")
struct HostileShapeTests {
    static let bytes = 300_000
    /// Peak memory the analysis of 300 KB may add: far below the square. Each shape adds 2-32 MB in a debug build
    /// (the high-water mark is the process's, so tests running alongside count too); the limit leaves room for
    /// them, and was 300 MB before token texts were numbered rather than held as strings.
    static let memoryLimit = 150 * 1_048_576

    /// Analyses the shape and returns its quotes and the peak resident memory added while doing so.
    func analyze(_ shape: HostileShape, then ending: String = "") throws -> (quotes: [Quote], text: String, addedBytes: Int) {
        let before = try Self.memory("VmRSS")
        let text = shape.text(bytes: Self.bytes) + ending
        let article = shape.isHTML
            ? try HTMLReader().article(from: Array(text.utf8), id: shape.rawValue, source: shape.rawValue)
            : Article(id: shape.rawValue, text: text)
        let quotes = Analyzer().analyze(article).quotes
        return (quotes, article.text, try Self.memory("VmHWM") - before)
    }

    /// A line of /proc/self/status, in bytes.
    static func memory(_ field: String) throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix(field + ":") })
        return try #require(Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty } ?? "")) * 1024
    }

    @Test func nestedReportedSpeechGivesAFewClausesNotOneForEveryVerb() throws {
        let (quotes, text, added) = try analyze(.reportedSpeech)
        #expect(added < Self.memoryLimit)
        // One sentence: its first reporting clauses, each running to its end, and no more.
        #expect(quotes.count == 8)
        #expect(quotes.allSatisfy { $0.kind == .indirect && $0.speaker != nil })
        #expect(quotes.reduce(0) { $0 + $1.text.utf8.count } <= 8 * text.utf8.count)
    }

    @Test func everyShortQuoteIsFoundWithItsSpeaker() throws {
        let (quotes, _, added) = try analyze(.saidQuotes)
        #expect(added < Self.memoryLimit)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == HostileShape.saidQuotes.repetitions(bytes: Self.bytes))
        #expect(direct.allSatisfy { $0.text == "\"x\"" && $0.speaker == "He" })
    }

    @Test func straightMarksPairWithoutSwallowingTheText() throws {
        // Marks pair up around nothing, which quotes nothing; the quote after them is still found whole, so no
        // pair reached past its neighbour.
        let (quotes, text, added) = try analyze(.straightMarks, then: "He said \"the marks are over\".")
        #expect(added < Self.memoryLimit)
        #expect(HostileShape.straightMarks.repetitions(bytes: Self.bytes) % 2 == 0)
        #expect(quotes.map(\.text) == ["\"the marks are over\""])
        #expect(quotes.first?.speaker == "He")
        #expect(quotes.first?.end == text.unicodeScalars.count - 1)
    }

    @Test func everyGuillemetQuoteIsFound() throws {
        let (quotes, _, added) = try analyze(.guillemets)
        #expect(added < Self.memoryLimit)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == HostileShape.guillemets.repetitions(bytes: Self.bytes))
        #expect(direct.allSatisfy { $0.text == "«هذا أمر مهم جدا»" })
    }

    @Test func everyParagraphOfALongArticleKeepsItsQuoteAndSpeaker() throws {
        let (quotes, _, added) = try analyze(.news)
        #expect(added < Self.memoryLimit)
        let paragraphs = HostileShape.news.repetitions(bytes: Self.bytes)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == paragraphs)
        #expect(direct.allSatisfy { $0.text == "\"We are not there yet,\"" && $0.speakerEntity == "Robert M. Gates" })
    }

    @Test func aPageOfMarkupIsReadAsTextWithoutQuotes() throws {
        let (quotes, text, added) = try analyze(.markup)
        #expect(added < Self.memoryLimit)
        #expect(quotes.isEmpty)
        #expect(!text.isEmpty)
    }
}
