import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

/// `/openapi.json` is kept true: every documented GET answers as documented, with a body its schema accepts.
@Suite struct OpenAPITests {
    @Test func everyDocumentedRouteAnswersWhatItsSchemaDescribes() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(seed)).status == .created)
            }
            let served = try await client.get("/openapi.json")
            #expect(served.headers[.contentType]?.hasPrefix("application/json") == true)
            let document = try #require(served.json as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let schema = SchemaChecker(document: document)
            let paths = try #require(document["paths"] as? [String: [String: Any]])

            // A real value for each path parameter.
            let examples = ["/api/stories/{id}": "/api/stories/s1", "/api/stories/{id}/report": "/api/stories/s1/report",
                            "/api/articles/{id}": "/api/articles/000_7800a2805b90ebf6", "/api/search": "/api/search?q=Gates",
                            "/api/stories": "/api/stories?limit=5", "/api/entities": "/api/entities?q=Gadhafi",
                            "/api/entities/{id}": "/api/entities/robert-m-gates"]
            var checked = 0
            for (path, operations) in paths {
                guard let get = operations["get"] as? [String: Any] else { continue }
                let uri = try #require(examples[path], "no example request for \(path)")
                let answer = try await client.get(uri)
                let responses = try #require(get["responses"] as? [String: Any])
                let documented = try #require(responses[String(answer.status.code)] as? [String: Any], "\(uri): \(answer.status) undocumented")
                let body = try #require(schema.responseSchema(documented), "\(uri): no schema")
                #expect(schema.problems(answer.json, body, at: uri).isEmpty, "\(schema.problems(answer.json, body, at: uri))")
                checked += 1
            }
            #expect(checked == 7)

            // The write and error answers too.
            let post = try #require(paths["/api/articles"]?["post"] as? [String: Any])
            let responses = try #require(post["responses"] as? [String: Any])
            let created = try await client.post("/api/articles", "{\"id\":\"n1\",\"title\":\"T\",\"text\":\"Some text.\"}")
            let createdSchema = try #require(schema.responseSchema(responses["201"] as? [String: Any] ?? [:]))
            #expect(schema.problems(created.json, createdSchema, at: "201").isEmpty)
            let bad = try await client.post("/api/articles", "{\"id\":1.5}")
            let badSchema = try #require(schema.responseSchema(responses["400"] as? [String: Any] ?? [:]))
            #expect(bad.status == .badRequest)
            #expect(schema.problems(bad.json, badSchema, at: "400").isEmpty)
            let batch = try await client.post("/api/articles", "{\"id\":\"n2\",\"title\":\"T\",\"text\":\"x\"}\n{\"id\":\"n3\"}", contentType: "application/x-ndjson")
            let batchSchema = try #require(schema.responseSchema(responses["200"] as? [String: Any] ?? [:]))
            #expect(schema.problems(batch.json, batchSchema, at: "batch").isEmpty, "\(schema.problems(batch.json, batchSchema, at: "batch"))")

            // The checker itself rejects what breaks a schema.
            let storyList = ["$ref": "#/components/schemas/StoryList"]
            #expect(!schema.problems(["stories": [["id": 1]], "next": NSNull()], storyList, at: "x").isEmpty)
            #expect(!schema.problems(["stories": []], storyList, at: "x").isEmpty)
        }
    }
}

/// The part of JSON Schema the document uses: $ref, type (one or several), required, properties, items, enum,
/// const, oneOf, allOf, minimum/maximum, minItems/maxItems.
struct SchemaChecker {
    let document: [String: Any]

    func responseSchema(_ response: [String: Any]) -> [String: Any]? {
        let resolved = resolve(response)
        return ((resolved["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        var node: Any = document
        for part in reference.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return resolve(node as? [String: Any] ?? [:])
    }

    func problems(_ value: Any, _ schema: [String: Any], at place: String) -> [String] {
        let schema = resolve(schema)
        var found: [String] = []
        if let types = schema["type"].map({ $0 as? [String] ?? [$0 as? String ?? ""] }), !types.contains(where: { Self.matches(value, $0) }) {
            return ["\(place): \(value) is not \(types.joined(separator: " or "))"]
        }
        if let allowed = schema["enum"] as? [String], !allowed.contains(value as? String ?? "\u{0}") { found.append("\(place): \(value) not in \(allowed)") }
        if let constant = schema["const"] as? String, value as? String != constant { found.append("\(place): \(value) is not \(constant)") }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, number < minimum { found.append("\(place): \(number) < \(minimum)") }
        for part in schema["allOf"] as? [[String: Any]] ?? [] { found += problems(value, part, at: place) }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { problems(value, $0, at: place).isEmpty }.count
            if passing != 1 { found.append("\(place): matches \(passing) of oneOf's \(options.count)") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(place): no \"\(key)\"") }
            for (key, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] { found += problems(member, property, at: "\(place).\(key)") }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(place): fewer than \(minimum) items") }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum { found.append("\(place): more than \(maximum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { found += problems(item, items, at: "\(place)[\(index)]") }
            }
        }
        return found
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "integer": return (value as? NSNumber).map { !Self.isBool($0) && $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "number": return (value as? NSNumber).map { !Self.isBool($0) } ?? false
        case "boolean": return (value as? NSNumber).map(Self.isBool) ?? false
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func isBool(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c" || type(of: number) == type(of: NSNumber(value: true))
    }
}
