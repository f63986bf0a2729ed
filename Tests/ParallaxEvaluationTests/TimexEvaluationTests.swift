import Foundation
import Testing
import ParallaxAnalysis
import ParallaxReading
@testable import ParallaxEvaluation

@Suite("TempEval-3 timex scoring")
struct TimexEvaluationTests {
    func timex(_ start: Int, _ end: Int, in text: String, _ type: Timex.Kind = .date, _ value: String) -> Timex {
        let scalars = Array(text.unicodeScalars)
        return Timex(start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end])), type: type, value: value)
    }

    @Test func identicalSpansCountStrictOverlapsRelaxed() {
        let text = "They met on Monday and will meet again on 3 May 2010."
        //          0123456789012345678901234567890123456789012345678901
        let gold = [timex(12, 18, in: text, .date, "2010-04-26"), timex(42, 52, in: text, .date, "2010-05-03")]
        let predicted = [timex(9, 18, in: text, .date, "2010-04-26"), timex(42, 52, in: text, .date, "2010-05-02")]
        var evaluation = TimexEvaluation()
        evaluation.add(document: "d", text: text, gold: gold, predicted: predicted)
        #expect(evaluation.counts == TimexEvaluation.Counts(gold: 2, predicted: 2, strict: 1, relaxed: 2, valueCorrect: 1, typeCorrect: 2))
        #expect(evaluation.strictF1 == 0.5)
        #expect(evaluation.relaxedF1 == 1)
        // One of the two overlapping pairs has the gold value.
        #expect(evaluation.valueAccuracy == 0.5)
        #expect(evaluation.valueF1 == 0.5)
    }

    @Test func predictionsAreTrimmedAndPairedOneToOneIdenticalFirst() {
        let text = "Sales on March 3, 2012 rose."
        let gold = [timex(9, 22, in: text, .date, "2012-03-03")]
        // " March 3" overlaps the gold span; the identical span (after trimming its spaces) takes it first.
        let predicted = [timex(8, 16, in: text, .date, "2012-03-03"), timex(8, 23, in: text, .date, "2012-03-03")]
        var evaluation = TimexEvaluation()
        evaluation.add(document: "d", text: text, gold: gold, predicted: predicted)
        #expect(evaluation.counts.strict == 1)
        #expect(evaluation.counts.relaxed == 1)
        #expect(evaluation.spurious.map(\.predicted.text) == ["March 3"])
        #expect(evaluation.relaxedPrecision == 0.5)
        #expect(evaluation.relaxedRecall == 1)
        // Value F1 is value accuracy times relaxed F1: 1 × 2/3.
        #expect(abs(evaluation.valueF1 - 2.0 / 3) < 1e-12)
    }

    @Test func largestOverlapWinsAndTypesAreScored() {
        let text = "for the past nine days"
        let gold = [timex(4, 22, in: text, .duration, "P9D")]
        let predicted = [timex(4, 12, in: text, .date, "PAST_REF"), timex(13, 22, in: text, .duration, "P9D")]
        var evaluation = TimexEvaluation()
        evaluation.add(document: "d", text: text, gold: gold, predicted: predicted)
        // "nine days" overlaps by 9 characters, "the past" by 8: "nine days" is the pair.
        #expect(evaluation.counts.relaxed == 1)
        #expect(evaluation.counts.valueCorrect == 1)
        #expect(evaluation.counts.typeCorrect == 1)
        #expect(evaluation.spurious.map(\.predicted.value) == ["PAST_REF"])
        #expect(evaluation.byType["DURATION"]?.valueCorrect == 1)
    }

    @Test func documentsLoadWithScalarOffsetsAndBadLinesNameTheirRecord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.jsonl").path
        // "é" is one scalar: "Monday" starts at scalar 9 (byte 10).
        try #"{"id":"a","date":"2010-05-04","text":"Café met Monday.","timexes":[{"start":9,"end":15,"text":"Monday","type":"DATE","value":"2010-05-03"}]}"#
            .appending("\n").write(toFile: good, atomically: true, encoding: .utf8)
        let documents = try TimexDocument.load(good)
        #expect(documents.map(\.id) == ["a"])
        #expect(documents[0].reference == CalendarDay(year: 2010, month: 5, day: 4))

        let shifted = folder.appendingPathComponent("shifted.jsonl").path
        try (#"{"id":"x","date":"2010-05-04","text":"ok"}"# + "\n"
             + #"{"id":"b","date":"2010-05-04","text":"Café met Monday.","timexes":[{"start":10,"end":16,"text":"Monday","type":"DATE","value":"2010-05-03"}]}"#)
            .write(toFile: shifted, atomically: true, encoding: .utf8)
        let message = loadError(shifted)
        #expect(message?.contains("line 1 (id x)") == true)
        #expect(message?.contains("missing \"timexes\"") == true)

        let offsets = folder.appendingPathComponent("offsets.jsonl").path
        try #"{"id":"b","date":"2010-05-04","text":"Café met Monday.","timexes":[{"start":10,"end":16,"text":"Monday","type":"DATE","value":"2010-05-03"}]}"#
            .write(toFile: offsets, atomically: true, encoding: .utf8)
        #expect(loadError(offsets)?.contains("line 1 (id b): span 10..<16 reads \"onday.\"") == true)
    }

    /// The error message of loading a file, read outside `#expect` (a typed throw caught inside it crashed the
    /// test process).
    func loadError(_ path: String) -> String? {
        do {
            _ = try TimexDocument.load(path)
            return nil
        } catch {
            return error.description
        }
    }
}
