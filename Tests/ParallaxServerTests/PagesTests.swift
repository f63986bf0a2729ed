import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

@Suite struct PagesTests {
    /// An article whose every field tries to run a script or break out of an attribute.
    static let hostile = """
        {"id": "evil\\"><script>alert(1)</script>",
         "title": "<script>alert('title')</script> \\" onmouseover=\\"alert(2) Gates",
         "outlet": "<img src=x onerror=alert(3)>",
         "url": "javascript:alert(4)",
         "text": "Robert Gates said <script>alert(5)</script> and ' onfocus='alert(6)' and <a href=\\"javascript:alert(7)\\">x</a> in Moscow on Tuesday. <img src=x onerror=alert(8)>"}
        """

    /// What would make a page run something: a script element, an event-handler attribute, a javascript: link.
    static func activeContent(in page: String) -> [String] {
        let patterns = [#"<script"#, #"<[^>]*\son[a-z]+\s*="#, #"(href|src|action)\s*=\s*["']?\s*javascript:"#]
        return patterns.compactMap { pattern in
            page.range(of: pattern, options: [.regularExpression, .caseInsensitive]).map { String(page[$0]) }
        }
    }

    @Test func aHostileArticleIsInertOnEveryPage() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(seed)).status == .created)
            }
            let added = try await client.post("/api/articles", Self.hostile)
            #expect(added.status == .created, "\(added.text)")
            let storyIDs = (try await client.get("/api/stories?limit=100").object["stories"] as? [[String: Any]] ?? [])
                .compactMap { $0["id"] as? String }
            #expect(storyIDs.count >= 2)
            let id = "evil\"><script>alert(1)</script>"
            var uris = ["/", "/search?q=Gates", "/search?q=script+alert", "/ingest", "/articles/" + escapePath(id)]
            uris += storyIDs.map { "/stories/\($0)" }
            for uri in uris {
                let page = try await client.get(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(Self.activeContent(in: page.text).isEmpty, "\(uri): \(Self.activeContent(in: page.text))")
            }
            // The hostile strings are shown, as text.
            let article = try await client.get("/articles/" + escapePath(id)).text
            #expect(article.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
            #expect(article.contains("&lt;img src=x onerror=alert(3)&gt;"))
            #expect(!article.contains("Read the original"), "a javascript: URL must not become a link")
        }
    }

    @Test func pagesShowTheStoryTheArticleAndSearchHits() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            for seed in ServerFixtures.seeds {
                #expect(try await client.post("/api/articles", try ServerFixtures.seedJSON(seed)).status == .created)
            }
            let home = try await client.get("/")
            #expect(home.text.contains("Medvedev tells Obama avoid civilian casualties in Libya"))
            #expect(home.text.contains("2011-03-22 – 2011-03-25"))
            let story = try await client.get("/stories/s1")
            for expected in ["Sources", "What the sources share", "What only one source reports", "outright lies",
                             "Robert M. Gates", "Kadhafi", "Gadhafi", ">AFP<", ">AP<"]
            {
                #expect(story.text.contains(expected), "story page lacks \(expected)")
            }
            let article = try await client.get("/articles/001_71e3aa6deb07e942")
            #expect(article.text.contains("MOSCOW"))
            #expect(article.text.contains("href=\"/stories/s1\""))
            let search = try await client.get("/search?q=outright+lies")
            #expect(search.text.contains("<mark>outright</mark>"))
            let missing = try await client.get("/stories/s404")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
            let css = try await client.get("/style.css")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test func theIngestFormStoresPastedArticlesAndRefusesOtherSites() async throws {
        let server = try ServerFixtures.server()
        try await server.application(logger: ServerFixtures.logger).test(.router) { client in
            let boundary = "XyZ123"
            let text = try String(contentsOf: ServerFixtures.repository.appendingPathComponent("samples/000_7800a2805b90ebf6.txt"), encoding: .utf8)
            let body = [
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\(text)\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nauto\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nafp-pasted\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n\(ServerFixtures.token)\r\n",
                "--\(boundary)--\r\n",
            ].joined()
            let contentType = "multipart/form-data; boundary=\(boundary)"
            let page = try await client.post("/ingest", body, contentType: contentType, token: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("1 article stored"), "\(page.text)")
            #expect(page.text.contains("href=\"/articles/afp-pasted\""))
            let stored = try await client.get("/api/articles/afp-pasted").object["article"] as? [String: Any]
            #expect(stored?["agency"] as? String == "AFP")

            let elsewhere = try await client.post(
                "/ingest", body, contentType: contentType, token: nil, headers: [.origin: "https://attacker.example"])
            #expect(elsewhere.status == .forbidden)
            let noToken = try await client.post("/ingest", body.replacingOccurrences(of: ServerFixtures.token, with: "guess"),
                                                contentType: contentType, token: nil)
            #expect(noToken.status == .unauthorized)
        }
    }

    private func escapePath(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
    }
}
