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

    @OptionGroup var format: ReportFormatOptions

    func run() throws {
        let (articles, failures) = ArticleLoader.load(paths)
        guard !articles.isEmpty else { throw ValidationError("no articles could be read from \(paths.joined(separator: ", "))") }
        let report = Comparison().compare(articles)
        print(format.render(report))
        if failures > 0 { throw ExitCode.failure }
    }
}
