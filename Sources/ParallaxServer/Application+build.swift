import Hummingbird
import Logging
import ParallaxCorpus

/// The server over a corpus: the JSON API under `/api`, its OpenAPI description at `/openapi.json`, and the pages.
///
/// ```swift
/// let corpus = try Corpus(location: .sqlite("parallax.sqlite"), mode: .createIfMissing)
/// let server = ParallaxServer(corpus: corpus, configuration: ServerConfiguration())
/// try await server.application().runService()   // until SIGINT or SIGTERM
/// try await server.writer.save()
/// ```
public struct ParallaxServer: Sendable {
    public let corpus: Corpus
    public let configuration: ServerConfiguration
    /// Places the articles the server is sent; `save()` it after the server stops.
    public let writer: CorpusWriter

    public init(corpus: Corpus, configuration: ServerConfiguration) {
        self.corpus = corpus
        self.configuration = configuration
        writer = CorpusWriter(corpus: corpus)
    }

    /// The application, ready to run; `onServerRunning` is told the bound port (useful with port 0).
    public func application(
        logger: Logger = Logger(label: "parallax.serve"), onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "Parallax"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    func router() -> Router<AppRequestContext> {
        // HEAD is answered wherever GET is, as GET without the body.
        let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: MethodNotAllowedMiddleware())

        let deadline = RequestDeadline(timeout: configuration.requestTimeout)
        let access = WriteAccess(token: configuration.writeToken)
        let reports = ReportCache(corpus: corpus)
        // Pages and JSON of the busiest routes, each kept until what it shows changes.
        let rendered = ViewCache<String>(capacity: 256)
        let storyVersions = StoryVersions(store: corpus.store)
        router.addRoutes(
            StoriesAPI(corpus: corpus, reports: reports, rendered: rendered, storyVersions: storyVersions, deadline: deadline)
                .endpoints,
            atPath: "/api/stories")
        router.addRoutes(
            ArticlesAPI(corpus: corpus, writer: writer, access: access, deadline: deadline, maxBodyBytes: configuration.maxBodyBytes)
                .endpoints,
            atPath: "/api/articles")
        router.addRoutes(SearchAPI(corpus: corpus, deadline: deadline).endpoints, atPath: "/api/search")
        router.addRoutes(EntitiesAPI(corpus: corpus, deadline: deadline).endpoints, atPath: "/api/entities")
        router.get("/openapi.json") { _, _ in JSONText(OpenAPIDocument.json) }
        router.addRoutes(
            Pages(
                corpus: corpus, reports: reports, rendered: rendered, storyVersions: storyVersions, writer: writer,
                access: access, deadline: deadline, maxBodyBytes: configuration.maxBodyBytes
            ).endpoints)
        return router
    }
}
