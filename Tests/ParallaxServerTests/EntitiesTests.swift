import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

@Suite struct EntitiesTests {
    @Test func aNameFindsTheEntityWithEachOutletsSpelling() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(seed)).status == .created)
            }
            // AP writes "Gadhafi", AFP "Kadhafi": asking for one finds both spellings, each with its outlet.
            let found = try await client.get("/api/entities?q=Gadhafi").object["entities"] as? [[String: Any]] ?? []
            let libyan = try #require(found.first)
            let spellings = libyan["spellings"] as? [[String: Any]] ?? []
            let outletsOf = Dictionary(spellings.map { ($0["form"] as? String ?? "", Set($0["outlets"] as? [String] ?? [])) },
                                       uniquingKeysWith: { $0.union($1) })
            #expect(outletsOf.keys.contains { $0.contains("Kadhafi") } && outletsOf.keys.contains { $0.contains("Gadhafi") }, "\(outletsOf)")
            #expect(outletsOf.first { $0.key.contains("Kadhafi") }?.value == ["AFP"])
            #expect((libyan["stories"] as? [[String: Any]])?.first?["id"] as? String == "s1")

            // Its ID opens it, and its page shows both spellings.
            let id = try #require(libyan["id"] as? String)
            let entity = try await client.get("/api/entities/\(id)")
            #expect(entity.status == .ok)
            #expect(entity.object["name"] as? String == libyan["name"] as? String)
            let page = try await client.get("/entities/\(id)")
            #expect(page.text.contains("Kadhafi") && page.text.contains("Gadhafi"))
            #expect(page.text.contains("href=\"/stories/s1\""))

            #expect(try await client.get("/api/entities/nobody-here").status == .notFound)
            #expect(try await client.get("/api/entities").status == .badRequest)
            #expect((try await client.get("/api/entities?q=Zzyzx").object["entities"] as? [Any])?.isEmpty == true)
        }
    }
}
