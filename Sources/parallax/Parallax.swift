import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See every side of a news story.",
        discussion: """
            Parallax reads news articles (text files, HTML pages, JSONL), groups them into stories and events, \
            and shows how outlets' coverage of the same story compares.

            Start with:
              parallax compare samples/000_*.txt samples/001_*.txt
                  how AFP and AP covered one story
              parallax read samples/
                  what Parallax reads from each report
              parallax cluster articles.jsonl
                  the stories and events of a stream of articles
              parallax help compare
                  every command explains itself
            """,
        subcommands: [ReadCommand.self, AnalyzeCommand.self, EntitiesCommand.self, QuotesCommand.self, ClusterCommand.self, CompareCommand.self, EvalCommand.self, BenchCommand.self]
    )
}
