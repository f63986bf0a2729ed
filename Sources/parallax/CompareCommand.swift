import ArgumentParser
import ParallaxComparison
import ParallaxReading

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare how a set of articles covers one story.",
        discussion: """
            The report gives the sources (outlet, agency, date, dateline, who reported first), a summary whose \
            every sentence names its sources, a timeline of the days the articles mention, the facts several \
            sources share, what each source alone reports, conflicting figures and dates, the people, \
            organisations and places with each outlet's spelling, and the quotes with every outlet's wording.

            Formats: readable text (default), --json (one object; schema in README), --markdown, --html (one \
            standalone page with the sources side by side; every string from the articles is escaped).

            Examples:
              parallax compare samples/000_7800a2805b90ebf6.txt samples/001_71e3aa6deb07e942.txt
              parallax compare --html samples/*.txt > report.html
            """
    )

    @Argument(help: "The articles to compare: files or folders; - reads standard input.")
    var paths: [String]

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    @Flag(help: "Print the report as Markdown.")
    var markdown = false

    @Flag(help: "Print the report as a standalone HTML page.")
    var html = false

    func validate() throws {
        if [json, markdown, html].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --json, --markdown and --html")
        }
    }

    func run() throws {
        let (articles, failures) = ArticleLoader.load(paths)
        guard !articles.isEmpty else { throw ValidationError("no articles could be read from \(paths.joined(separator: ", "))") }
        let report = Comparison().compare(articles)
        if json {
            print(report.renderJSON())
        } else if markdown {
            print(report.renderMarkdown())
        } else if html {
            print(report.renderHTML())
        } else {
            print(report.renderText())
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
