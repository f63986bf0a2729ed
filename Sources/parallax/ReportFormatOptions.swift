import ArgumentParser
import ParallaxComparison

/// How `compare` and `report` print a coverage report: readable text unless one other format is chosen.
struct ReportFormatOptions: ParsableArguments {
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

    func render(_ report: CoverageReport) -> String {
        json ? report.renderJSON() : markdown ? report.renderMarkdown() : html ? report.renderHTML() : report.renderText()
    }
}
