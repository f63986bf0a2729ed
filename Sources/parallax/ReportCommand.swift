import ArgumentParser
import ParallaxComparison
import ParallaxCorpus

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The coverage report of a stored story or event.",
        discussion: """
            The same report as `parallax compare`, over the stored articles of a story (s…) or an event (e…): \
            sources, summary, timeline, shared and unique facts, conflicts, roster and quotes. At most the first \
            300 articles of a story are compared.

            Examples:
              parallax report s1
              parallax report --html s1 > story.html
            """
    )

    @Argument(help: "A story or event ID.")
    var id: String

    @OptionGroup var store: StoreOptions

    @OptionGroup var format: ReportFormatOptions

    func run() async throws {
        try await reportingErrors {
            let (report, compared, total) = try await store.corpus().report(id: id)
            if compared < total {
                Terminal.error("\(id) holds \(total) articles; the report compares the first \(compared)")
            }
            print(format.render(report))
        }
    }
}
