import ArgumentParser
import ParallaxCorpus

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a story (its events and their articles), an event, or an article.",
        discussion: """
            Story IDs start with s, event IDs with e (as `parallax stories` and `ingest --json` print them); \
            anything else is an article's ID. An article shows its fields, its story and event, the article it \
            copies and its wire copies.

            Examples:
              parallax show s1
              parallax show 001_71e3aa6deb07e942
              parallax show --json e2
            """
    )

    @Argument(help: "A story, event or article ID.")
    var id: String

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let item = try await store.corpus().show(id: id)
            print(json ? item.json : CorpusPrinter.item(item))
        }
    }
}
