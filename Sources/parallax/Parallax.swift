import ArgumentParser

@main
struct Parallax: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See every side of a news story.",
        discussion: """
            Parallax reads news articles (text files, HTML pages, JSONL), groups them into stories and events, \
            and shows how outlets' coverage of the same story compares.

            Start with:
              parallax ingest samples/
                  read the bundled reports into a corpus (./parallax.sqlite)
              parallax stories
                  its stories, newest first
              parallax report s1
                  how the outlets covered story s1
              parallax compare samples/000_*.txt samples/001_*.txt
                  the same report straight from files
              parallax help ingest
                  every command explains itself
            """,
        version: "0.5.0",
        subcommands: [
            IngestCommand.self, StoriesCommand.self, ShowCommand.self, SearchCommand.self, ReportCommand.self,
            ExportCommand.self, ServeCommand.self, FollowCommand.self, UnfollowCommand.self, FeedsCommand.self, PollCommand.self,
            WatchCommand.self, FeedCommand.self, ReadCommand.self, AnalyzeCommand.self, EntitiesCommand.self, QuotesCommand.self,
            ClusterCommand.self, CompareCommand.self, EvalCommand.self, BenchCommand.self,
        ]
    )
}
