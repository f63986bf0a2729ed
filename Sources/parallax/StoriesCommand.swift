import ArgumentParser
import ParallaxCorpus
import ParallaxStorage

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the corpus's stories, newest first.",
        discussion: """
            Each story shows its ID, first and last day, counts of articles and events, its outlets and a \
            headline (the title of its first article). --json prints one object a line: {"id", "headline", \
            "first_date", "last_date", "outlets", "articles", "events"}.

            Examples:
              parallax stories
              parallax stories --entity Gates --since 2011-03-01
              parallax stories --query "missile defence" --json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Only stories with articles containing all these words.", valueName: "words"))
    var query: String?

    @Option(help: "How many stories to list at most.")
    var limit = 20

    @Flag(help: "Print one JSON object per story.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let corpus = try store.corpus()
            var filter = filters.filter
            filter.query = query
            let stories = try await corpus.stories(StoryQuery(filter: filter, limit: limit))
            for story in stories { print(json ? story.json : CorpusPrinter.story(story)) }
            if stories.isEmpty, !json {
                let statistics = try await corpus.statistics()
                Terminal.error(statistics.articles == 0
                    ? "the store holds no articles yet; add some with `parallax ingest FILE…`"
                    : "no story matches (the store holds \(statistics.stories.formatted()) \(statistics.stories == 1 ? "story" : "stories"))")
            }
        }
    }
}
