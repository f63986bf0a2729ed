import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

@Suite struct APITests {
    @Test func methodsAndEmptyParametersAreAnsweredAsTheDescriptionSays() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            // A documented path asked with another method: 405 and what it takes; an unknown path stays 404.
            for (uri, allow) in [("/api/stories", "GET, HEAD"), ("/api/stories/s1/report", "GET, HEAD"), ("/api/articles", "POST")] {
                let answer = try await client.execute(uri: uri, method: .put) { $0 }
                #expect(answer.status == .methodNotAllowed, "\(uri)")
                #expect(answer.headers[.allow] == allow, "\(uri)")
            }
            #expect(try await client.execute(uri: "/api/nothing", method: .put) { $0.status } == .notFound)
            // HEAD is GET without the body.
            let head = try await client.execute(uri: "/api/stories", method: .head) { $0 }
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            // An empty word is none; an empty date, number or cursor, or a parameter given twice, is refused by
            // the API with its name, and taken as none by a page (a form's empty field sends one).
            #expect(try await client.get("/api/stories?outlet=&entity=&q=").status == .ok)
            for (uri, name) in [
                ("/api/stories?until=", "until"), ("/api/stories?limit=", "limit"), ("/api/stories?cursor=", "cursor"),
                ("/api/search?q=Libya&since=", "since"), ("/api/stories?limit=2&limit=3", "limit"),
                ("/api/search?q=a&q=b", "q"),
            ] {
                let answer = try await client.get(uri)
                #expect(answer.status == .badRequest, "\(uri)")
                let message = (answer.object["error"] as? [String: Any])?["message"] as? String ?? ""
                #expect(message.hasPrefix(name + ":"), "\(uri): \(message)")
            }
            #expect(try await client.get("/?since=&until=&outlet=&cursor=").status == .ok)
            // A cursor of the documented shape is a position.
            #expect(try await client.get("/api/stories?cursor=2099-99-99.12").status == .ok)
        }
    }

    @Test func seedsPostedAsJSONMakeOneStoryWhoseReportHoldsTheOutrightLiesQuoteFromAFPAndAP() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                let answer = try await client.post("/api/articles", try ServerFixtures.seedJSON(seed))
                #expect(answer.status == .created, "\(answer.text)")
                #expect(answer.object["status"] as? String == "new")
            }
            // The same article again is left alone.
            let again = try await client.post("/api/articles", try ServerFixtures.seedJSON(ServerFixtures.seeds[0]))
            #expect(again.status == .ok)
            #expect(again.object["status"] as? String == "already_stored")

            let stories = try await client.get("/api/stories").object["stories"] as? [[String: Any]] ?? []
            let story = try #require(stories.first { ($0["outlets"] as? [String] ?? []).contains("AFP") })
            #expect(Set(story["outlets"] as? [String] ?? []) == ["AFP", "AP"])
            let id = try #require(story["id"] as? String)

            let report = try await client.get("/api/stories/\(id)/report")
            #expect(report.status == .ok)
            let quotes = (report.object["report"] as? [String: Any])?["quotes"] as? [[String: Any]] ?? []
            let lies = try #require(quotes.first { entry in
                (entry["variants"] as? [[String: Any]] ?? []).contains { "\($0)".contains("outright lies") }
            })
            #expect(Set(lies["outlets"] as? [String] ?? []) == ["AFP", "AP"])
        }
    }

    @Test func storiesArePagedByCursorNewestFirstEachOnce() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            // Articles with no word in common: each its own story.
            let syllables = ["ka", "ro", "mi", "tu", "sel", "van", "dor", "pli", "qua", "zen", "bri", "hol"]
            func word(_ index: Int, _ position: Int) -> String {
                let a = syllables[(index * 7 + position) % 12], b = syllables[(index * 5 + position * 3 + 1) % 12]
                let c = syllables[(index + position * 11 + 2) % 12]
                return (a + b + c + syllables[index % 12]).capitalized
            }
            let lines = (0..<24).map { index in
                let words = (0..<14).map { word(index, $0) }
                return "{\"id\":\"a\(index)\",\"title\":\"\(words[0]) \(words[1])\",\"date\":\"2020-01-\(String(format: "%02d", index % 28 + 1))\","
                    + "\"outlet\":\"Outlet \(index % 3)\",\"text\":\"\(words.joined(separator: " ")).\"}"
            }
            let added = try await client.post("/api/articles", lines.joined(separator: "\n"), contentType: "application/x-ndjson")
            #expect(added.status == .ok, "\(added.text)")
            #expect(added.object["stored"] as? Int == 24)

            let all = try await client.get("/api/stories?limit=100").object["stories"] as? [[String: Any]] ?? []
            #expect(all.count > 5)
            var paged: [String] = []
            var cursor: String?
            repeat {
                let uri = "/api/stories?limit=5" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await client.get(uri).object
                paged += (page["stories"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                cursor = page["next"] as? String
            } while cursor != nil && paged.count <= all.count
            #expect(paged == all.compactMap { $0["id"] as? String })
        }
    }

    @Test func badRequestsGetJSONErrorsThatNameWhatToFix() async throws {
        let server = try ServerFixtures.server(maxBodyBytes: 2_000)
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            func expectError(_ answer: Answer, _ status: HTTPResponse.Status, mentioning words: String) {
                #expect(answer.status == status, "\(answer.text)")
                let error = answer.object["error"] as? [String: Any]
                #expect(error?["status"] as? Int == Int(status.code))
                #expect((error?["message"] as? String)?.contains(words) == true, "\(answer.text)")
                #expect(answer.headers[.contentType]?.hasPrefix("application/json") == true)
            }
            expectError(try await client.get("/api/stories/s999"), .notFound, mentioning: "s999")
            expectError(try await client.get("/api/articles/nope"), .notFound, mentioning: "nope")
            expectError(try await client.get("/api/stories?limit=0"), .badRequest, mentioning: "limit")
            expectError(try await client.get("/api/stories?since=yesterday"), .badRequest, mentioning: "since")
            expectError(try await client.get("/api/stories?cursor=xyz"), .badRequest, mentioning: "cursor")
            expectError(try await client.get("/api/stories?since=%202011-03-22"), .badRequest, mentioning: "since")
            expectError(try await client.get("/api/stories?until=2011-03-22T10:00"), .badRequest, mentioning: "until")
            expectError(try await client.post("/api/articles?id=", "{\"id\":\"x\",\"text\":\"t\"}"), .badRequest, mentioning: "id")
            expectError(try await client.post("/api/articles", "{\"id\":\"\",\"text\":\"t\"}"), .badRequest, mentioning: "\"id\"")
            expectError(try await client.get("/api/search"), .badRequest, mentioning: "q")
            expectError(try await client.get("/api/nothing-here"), .notFound, mentioning: "Not Found")
            expectError(try await client.post("/api/articles", "{\"id\":\"x\",\"text\":5}"), .badRequest, mentioning: "\"text\"")
            expectError(try await client.post("/api/articles", "{\"id\":\"x\",\"text\":\"t\",\"date\":\"March\"}"), .badRequest, mentioning: "\"date\"")
            expectError(try await client.post("/api/articles", "{\"id\": \"x\", "), .badRequest, mentioning: "malformed JSON")
            expectError(try await client.post("/api/articles", "{\"text\":\"no id\"}"), .badRequest, mentioning: "\"id\"")
            expectError(try await client.post("/api/articles", "a,b", contentType: "text/csv"), .unsupportedMediaType, mentioning: "x-ndjson")
            // A text without ?id= gets an ID made from its content: sent twice, it is one article.
            let report = "Harbour reopens\n\nThe harbour of Valletta reopened on Monday after the storm, officials said."
            let once = try await client.post("/api/articles", report, contentType: "text/plain")
            let twice = try await client.post("/api/articles", report, contentType: "text/plain")
            #expect(once.status == .created && twice.status == .ok, "\(once.text) \(twice.text)")
            #expect((once.object["id"] as? String)?.hasPrefix("posted-") == true && once.object["id"] as? String == twice.object["id"] as? String)
            expectError(try await client.post("/api/articles", String(repeating: "x", count: 3_000)), .contentTooLarge, mentioning: "fewer")
            expectError(try await client.post("/api/articles", "{}", token: nil), .unauthorized, mentioning: "Bearer")
            expectError(try await client.post("/api/articles", "{}", token: "wrong"), .unauthorized, mentioning: "token")

            // Unknown fields are ignored; a pretty-printed object spans lines.
            let fine = try await client.post("/api/articles", "{\n \"id\": 7,\n \"title\": \"T\",\n \"text\": \"Body text.\",\n \"gold\": [1]\n}")
            #expect(fine.status == .created, "\(fine.text)")
            #expect(fine.object["id"] as? String == "7")

            // A batch answers each record in order; a bad one names its line and the rest are stored.
            let batch = try await client.post(
                "/api/articles", "{\"id\":\"b1\",\"title\":\"A\",\"text\":\"One.\"}\n\n{\"id\":\"b2\",\"text\":[]}\n{\"id\":\"b1\",\"title\":\"A\",\"text\":\"Again.\"}\n",
                contentType: "application/x-ndjson")
            #expect(batch.status == .ok)
            let results = batch.object["articles"] as? [[String: Any]] ?? []
            #expect(results.map { $0["status"] as? String } == ["new", "failed", "failed"])
            #expect(results[1]["line"] as? Int == 3)
            #expect((results[1]["error"] as? String)?.contains("\"text\"") == true)
            #expect((results[2]["error"] as? String)?.contains("b1") == true)
            #expect(batch.object["failed"] as? Int == 2)
        }
    }

    @Test func withoutATokenWritesComeFromLoopbackOnly() async throws {
        // In-process requests have no peer address: refused.
        let closed = try ServerFixtures.server(token: nil)
        try await closed.application(logger: ServerFixtures.logger).test(.router) { client in
            let answer = try await client.post("/api/articles", "{\"id\":\"x\",\"title\":\"T\",\"text\":\"Body.\"}", token: nil)
            #expect(answer.status == .forbidden)
            #expect(answer.text.contains("--write-token"))
        }
        // Over a real socket from 127.0.0.1: accepted.
        let open = try ServerFixtures.server(token: nil)
        try await open.application(logger: ServerFixtures.logger).test(.live) { client in
            let answer = try await client.post("/api/articles", "{\"id\":\"x\",\"title\":\"T\",\"text\":\"Body.\"}", token: nil)
            #expect(answer.status == .created, "\(answer.text)")
        }
    }

    @Test func aStorysReportIsMadeAgainOnceTheStoryGainsArticles() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            func sources() async throws -> [String] {
                let report = try await client.get("/api/stories/s1/report").object["report"] as? [String: Any]
                return (report?["sources"] as? [[String: Any]] ?? []).compactMap { $0["outlet"] as? String }
            }
            #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(ServerFixtures.seeds[0])).status == .created)
            let first = try await sources()
            let again = try await sources()
            #expect(first == ["AFP"] && again == ["AFP"])
            #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(ServerFixtures.seeds[1])).status == .created)
            // The report of a story that gained an article is made again; until it is, the previous one is answered.
            #expect(try await ServerFixtures.eventually { try await sources().sorted() == ["AFP", "AP"] })
            #expect(try await ServerFixtures.eventually { try await client.get("/stories/s1").text.contains(">AP<") })
        }
    }

    @Test func listsAndPagesKeptBetweenRequestsShowWhatWasAddedSince() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            func listed() async throws -> [Int] {
                (try await client.get("/api/stories").object["stories"] as? [[String: Any]] ?? []).compactMap { $0["articles"] as? Int }
            }
            #expect(try await listed() == [])
            #expect(try await !client.get("/").text.contains("/stories/s1"))
            #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(ServerFixtures.seeds[0])).status == .created)
            #expect(try await listed() == [1])
            #expect(try await client.get("/").text.contains("/stories/s1"))
            let onePage = try await client.get("/stories/s1").text
            #expect(try await client.get("/stories/s1").text == onePage)
            #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(ServerFixtures.seeds[1])).status == .created)
            #expect(try await listed() == [2])
            // A story page is answered as it was until its new version is made, then as it is.
            #expect(try await ServerFixtures.eventually {
                let twoPage = try await client.get("/stories/s1").text
                return twoPage != onePage && twoPage.contains(">AP<")
            })
        }
    }

    @Test func aReadThatOutlivesTheRequestTimeoutIsAnswered503() async throws {
        let server = try ServerFixtures.server(requestTimeout: .milliseconds(1))
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(seed)).status == .created)
            }
            // A report takes far longer than a millisecond.
            let answer = try await client.get("/api/stories/s1/report")
            #expect(answer.status == .serviceUnavailable)
            #expect((answer.object["error"] as? [String: Any])?["message"] as? String != nil)
        }
    }

    @Test func textAndHTMLArticlesArePostedWithTheirID() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            let text = try String(contentsOf: ServerFixtures.repository.appendingPathComponent("samples/001_71e3aa6deb07e942.txt"), encoding: .utf8)
            let answer = try await client.post("/api/articles?id=ap-seed", text, contentType: "text/plain; charset=utf-8")
            #expect(answer.status == .created, "\(answer.text)")
            let article = try await client.get("/api/articles/ap-seed").object["article"] as? [String: Any]
            #expect(article?["agency"] as? String == "AP")
            #expect(article?["dateline"] as? String == "MOSCOW")
            #expect((article?["text"] as? String)?.contains("outright lies") == true)
            // Declared text keeps its words and loses its control characters; a body without a word is refused.
            let noisy = try await client.post("/api/articles?id=noisy", "Rebels\u{01}\u{01} took Brega.\u{7F}", contentType: "text/plain")
            #expect(noisy.status == .created, "\(noisy.text)")
            let stored = try await client.get("/api/articles/noisy").object["article"] as? [String: Any]
            #expect((stored?["text"] as? String)?.contains("Rebels took Brega") == true)
            let empty = try await client.post("/api/articles?id=braces", "{} (1,200)", contentType: "text/html")
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("holds no word"))
            // A letter of any script is content, as the pattern says.
            #expect(try await client.post("/api/articles?id=cjk", "𦵘", contentType: "text/plain").status == .created)
            let blank = try await client.post("/api/articles", "{\"id\": \"blank\", \"title\": \"A headline\", \"text\": \" \"}")
            #expect(blank.status == .badRequest && blank.text.contains("no article text"), "\(blank.text)")
            for json in ["[null, null]", "null\n", " {\"id\": \"x\", \"text\": \"Rebels took Brega.\"}"] {
                let record = try await client.post("/api/articles?id=json", json, contentType: "text/plain")
                #expect(record.status == .badRequest && record.text.contains("application/json"), "\(json)")
            }
        }
    }
}
