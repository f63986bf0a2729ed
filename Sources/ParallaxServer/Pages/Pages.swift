import Foundation
import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// The web pages: rendered here, plain HTML and one style sheet, usable without JavaScript.
struct Pages {
    let corpus: Corpus
    let reports: ReportCache
    /// Rendered pages of the story list and of stories.
    let rendered: ViewCache<String>
    let storyVersions: StoryVersions
    let writer: CorpusWriter
    let access: WriteAccess
    let deadline: RequestDeadline
    let maxBodyBytes: Int

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/") { request, _ in
            let query = request.uri.query ?? ""
            return try await deadline.run { try await storyList(QueryParameters(query: query), query: query) }
        }
        routes.get("/stories/:id") { _, context in
            let id = try context.pathID()
            return try await deadline.run { try await story(id) }
        }
        routes.get("/articles/:id") { _, context in
            let id = try context.pathID()
            return try await deadline.run { try await article(id) }
        }
        routes.get("/entities") { request, _ in
            let name = QueryParameters(request).text("q") ?? ""
            return try await deadline.run {
                HTML(EntityListView(name: name, entities: name.isEmpty ? [] : try await corpus.entities(matching: name)).page())
            }
        }
        routes.get("/entities/:id") { _, context in
            let id = try context.pathID()
            return try await deadline.run {
                guard let entity = try await corpus.entity(id: id) else {
                    throw Problem(status: .notFound, message: "No person, organisation or place has the ID “\(id)”.")
                }
                return HTML(EntityView(entity: entity).page())
            }
        }
        routes.get("/search") { request, _ in try await deadline.run { try await search(QueryParameters(request)) } }
        routes.get("/ingest") { _, _ in HTML(IngestView(needsToken: access.token != nil).page()) }
        routes.post("/ingest") { request, context in try await ingest(request, context: context) }
        routes.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: StyleSheet.css)))
        }
        return routes
    }

    /// The page of the list `query` asks for, made again only once the store has changed.
    func storyList(_ parameters: QueryParameters, query: String) async throws -> HTML {
        let filter = try parameters.filter(), after = try parameters.cursor()
        let corpus = corpus
        return HTML(rendered: try await rendered.view("/?" + query, ofStore: corpus.store) {
            let list = try await StoryList.fetch(corpus, filter: filter, after: after, limit: 25)
            return StoryListView(list: list, parameters: parameters).page().render()
        })
    }

    /// The story's page, made again only once the story has gained articles.
    func story(_ id: String) async throws -> HTML {
        guard let story = try await storyVersions.story(id: id) else { throw Self.noStory(id) }
        let corpus = corpus, reports = reports
        // A story gaining articles while it is read is answered its previous page while the new one is made.
        let version = ReportCache.version(of: story)
        return HTML(rendered: try await rendered.view("/stories/" + id, version: version, previousAllowed: true) {
            guard let detail = try await corpus.story(id: id, articlesPerEvent: StoryView.shownArticlesPerEvent) else {
                throw Self.noStory(id)
            }
            let entry = try await reports.report(of: detail.story)
            return StoryView(detail: detail, report: entry.report, compared: entry.compared).page().render()
        })
    }

    static func noStory(_ id: String) -> Problem {
        Problem(status: .notFound, message: "No story has the ID “\(id)”.")
    }

    func article(_ id: String) async throws -> HTML {
        guard let detail = try await corpus.article(id: id) else {
            throw Problem(status: .notFound, message: "No article has the ID “\(id)”.")
        }
        return HTML(ArticleView(detail: detail).page())
    }

    func search(_ parameters: QueryParameters) async throws -> HTML {
        let words = (parameters.text("q") ?? "").trimmingCharacters(in: .whitespaces)
        var filter = try parameters.filter()
        filter.query = nil
        let hits = words.isEmpty ? [] : try await corpus.search(SearchQuery(text: words, filter: filter, limit: 50))
        return HTML(SearchView(words: words, hits: hits, parameters: parameters).page())
    }

    func ingest(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let needsToken = access.token != nil
        func refused(_ message: String, status: HTTPResponse.Status) -> HTML {
            HTML(IngestView(needsToken: needsToken, message: message).page(), status: status)
        }
        // A page of another site must not post here through the visitor's browser.
        if let origin = request.headers[.origin], !Self.isSameOrigin(origin, authority: request.head.authority) {
            return refused("This form only accepts articles sent from its own page.", status: .forbidden)
        }
        let bytes = Array(buffer: try await request.body.collect(upTo: maxBodyBytes))
        guard let form = PostedForm(contentType: request.headers[.contentType], body: bytes) else {
            return refused("Send the form from this page (multipart/form-data).", status: .badRequest)
        }
        do {
            try access.check(request, context: context, formToken: form["token"]?.text)
        } catch let problem as Problem {
            return refused(problem.message, status: problem.status)
        }
        let content: PostedForm.Field
        if let file = form["file"], !file.bytes.isEmpty {
            content = file
        } else if let text = form["text"], !text.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            content = text
        } else {
            return refused("Paste an article or choose a file.", status: .badRequest)
        }
        let format = Self.format(of: content, chosen: form["format"]?.text ?? "auto", id: form["id"]?.text)
        let submission = Submission.read(content.bytes, format: format, source: content.fileName ?? "pasted text")
        let outcomes = try await writer.add(submission.articles)
        return HTML(IngestView(needsToken: needsToken, outcomes: outcomes, failures: submission.failures).page())
    }

    /// Whether an Origin header names this server ("http://127.0.0.1:8080" for the authority "127.0.0.1:8080").
    static func isSameOrigin(_ origin: String, authority: String?) -> Bool {
        guard let authority, let url = URL(string: origin), let host = url.host else { return false }
        return host + (url.port.map { ":\($0)" } ?? "") == authority
    }

    /// JSON lines when chosen, named `.jsonl`, or starting with `{`; else one text or HTML article, its ID the
    /// one given, else the file's name, else one made from the text.
    static func format(of content: PostedForm.Field, chosen: String, id: String?) -> ArticleReader.SubmittedFormat {
        let firstByte = content.bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        let isJSONLines = chosen == "jsonl"
            || (chosen == "auto" && (content.fileName?.lowercased().hasSuffix(".jsonl") == true || firstByte == UInt8(ascii: "{")))
        if isJSONLines { return .jsonLines }
        let given = id?.trimmingCharacters(in: .whitespaces)
        if let given, !given.isEmpty { return .document(id: given) }
        if let name = content.fileName, !name.isEmpty {
            return .document(id: String(name.split(separator: "/").last ?? Substring(name)).split(separator: ".").first.map(String.init) ?? name)
        }
        return .document(id: Submission.contentID(content.bytes, prefix: "pasted-"))
    }
}
