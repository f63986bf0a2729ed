import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the corpus: web pages and a JSON API.",
        discussion: """
            Pages: / (stories, newest first, with filters), /stories/ID (the coverage report), /articles/ID, \
            /search?q=WORDS, /ingest (paste or upload articles). API: /api/stories, /api/stories/ID, \
            /api/stories/ID/report, /api/articles (POST adds articles), /api/articles/ID, /api/search?q=WORDS; \
            its description is /openapi.json. A `parallax ingest` may write to the same store meanwhile.

            Writes (POST) need the write token when one is given; without one they are accepted from this \
            machine only. One log line a request goes to standard error. Ctrl-C or SIGTERM stops the server.

            Examples:
              parallax ingest samples/ && parallax serve
              parallax serve --db corpus.sqlite --port 9000
              curl -s localhost:8080/api/stories
              curl -s -X POST localhost:8080/api/articles -H 'Content-Type: application/json' \\
                --data '{"id": "a1", "title": "Gates in Moscow", "text": "Robert Gates met Anatoly Serdyukov."}'
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on; 0.0.0.0 exposes the server to other machines.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: ArgumentHelp(
        "A token that writes must present (Authorization: Bearer TOKEN).",
        discussion: "Default: $PARALLAX_WRITE_TOKEN; without one, writes are accepted from this machine only.",
        valueName: "token"))
    var writeToken: String?

    @Option(help: ArgumentHelp("The most seconds a read may take before the client is answered 503.", valueName: "seconds"))
    var timeout = 30

    @Option(help: ArgumentHelp("The largest request body accepted, in MB.", valueName: "MB"))
    var maxBodyMb = 32

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second") }
        guard maxBodyMb > 0 else { throw ValidationError("--max-body-mb must be at least 1") }
    }

    func run() async throws {
        try await reportingErrors {
            var configuration = ServerConfiguration()
            configuration.host = host
            configuration.port = port
            configuration.writeToken = writeToken
                ?? ProcessInfo.processInfo.environment["PARALLAX_WRITE_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            configuration.requestTimeout = .seconds(timeout)
            configuration.maxBodyBytes = maxBodyMb << 20
            let location = try store.location
            let server = ParallaxServer(corpus: try store.corpus(creating: true), configuration: configuration)
            let host = host
            let application = server.application { port in
                Terminal.error("serving \(location) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ "
                    + "(API: /api/stories, description: /openapi.json); Ctrl-C stops")
            }
            try await application.runService()
            // The clusterer's state, so that the next writer need not replay what this server placed.
            try await server.writer.save()
            Terminal.error("stopped")
        }
    }
}
