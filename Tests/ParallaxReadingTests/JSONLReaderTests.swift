import Testing
@testable import ParallaxReading

@Suite("JSONL reader")
struct JSONLReaderTests {
    let results = Fixture.read([Fixture.path("jsonl/mixed.jsonl")])

    @Test func readsGoodLinesAndReportsBadOnesByLine() throws {
        #expect(results.count == 7)  // the blank line is skipped
        let first = try results[0].get()
        #expect(first == Article(id: "ok-1", text: "Defense Secretary Robert Gates met Anatoly Serdyukov in Moscow on Tuesday.",
                                 title: "Gates in Moscow", date: CalendarDay(year: 2011, month: 3, day: 22),
                                 url: "https://example.com/a", outlet: "example.com", language: "en"))
        let second = try results[1].get()
        #expect(second.date == nil)
        #expect(second.language == "de")  // identified, as the line has no `lang`
        #expect(try results[6].get().id == "7")
    }

    @Test func aDatelineOpeningTheTextGivesTheAgencyAndThePlace() throws {
        var read: [Article] = []
        let lines = """
            {"id": "w1", "outlet": "Springfield Herald", "text": "MOSCOW (AP) — Russia's defense minister called for a cease-fire."}
            {"id": "w2", "text": "Russia's defense minister called for a cease-fire - in Moscow."}
            """
        JSONLReader().read(Array(lines.utf8), source: "wire.jsonl", maxLineBytes: 1 << 20) { read.append(try! $0.get()) }
        #expect(read.map(\.agency) == ["AP", nil])
        #expect(read.map(\.dateline) == ["MOSCOW", nil])
        #expect(read[0].outlet == "Springfield Herald")
    }

    @Test func errorsNameTheFileTheLineAndTheProblem() {
        let errors = results.compactMap { result -> ReadingError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        #expect(errors.map(\.line) == [3, 4, 5, 6])
        #expect(errors[0].description.contains("mixed.jsonl:3: malformed JSON ("))
        #expect(errors[1].reason == .missingField("id"))
        #expect(errors[2].reason == .wrongFieldType(field: "date", expected: "a date as YYYY-MM-DD, or null"))
        #expect(errors[3].description.hasSuffix("mixed.jsonl:6: malformed JSON (the line is not a JSON object); each line must be one JSON object"))
    }

    @Test func invalidUTF8FailsItsLineOnly() {
        let results = Fixture.read([Fixture.path("jsonl/invalid-utf8.jsonl")])
        #expect(results.count == 2)
        guard case .failure(let error) = results[0] else {
            Issue.record("the invalid line should fail")
            return
        }
        #expect(error.line == 1)
        #expect(error.reason == .invalidUTF8(byteOffset: 31))
        #expect((try? results[1].get())?.id == "after-bad")
    }
}
