import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See every side of a news story.",
        discussion: """
            Parallax reads news articles (text files, HTML pages, JSONL), and shows how outlets' coverage of \
            the same story compares.

            Start with:
              parallax read ../shared/seeds/            # what Parallax reads from two real reports
              parallax read --json page.html.gz         # the same, as JSONL for programs
            """,
        subcommands: [ReadCommand.self, AnalyzeCommand.self, EntitiesCommand.self, QuotesCommand.self, ClusterCommand.self, CompareCommand.self, EvalCommand.self, BenchCommand.self]
    )
}
