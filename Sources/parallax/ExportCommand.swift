import ArgumentParser
import ParallaxCorpus
import ParallaxStorage

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the stored articles with their stories and events, for other tools.",
        discussion: """
            In the order they were stored. JSONL (default): the interchange fields (id, title, text, date, url, \
            outlet, lang), what the reader found (time, agency, dateline, byline) and the corpus's (story, event, \
            duplicate_of, canonical_url, content_hash, ingested_at, arrival); it can be ingested again. CSV: \
            id,title,date,url,outlet,lang,agency,story,event,duplicate_of with a header line.

            Examples:
              parallax export > corpus.jsonl
              parallax export --format csv --since 2011-03-01 > march.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Only articles containing all these words.", valueName: "words"))
    var query: String?

    @Option(help: "jsonl or csv.")
    var format: Format = .jsonl

    func run() async throws {
        try await reportingErrors {
            var filter = filters.filter
            filter.query = query
            if format == .csv { print(StoredArticle.csvHeader) }
            let format = format
            try await store.corpus().export(filter) { article in
                print(format == .csv ? article.csvRecord : article.json())
            }
        }
    }
}
