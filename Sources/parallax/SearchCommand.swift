import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxStorage

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find articles by their words, best first, with the passage that matched.",
        discussion: """
            Every word must appear in the title or text; case and accents do not matter, and English words match \
            their other forms (arrest, arrested); punctuation and quotes only separate words. --entity matches a \
            name as a phrase. \
            Ranked by bm25, title matches counting more. --json prints one object a line: the article without \
            its text, "snippet", "highlights" ([start, end] in the snippet's Unicode scalars) and "score".

            Examples:
              parallax search cease-fire Libya
              parallax search Gates --outlet AP --json
            """
    )

    @Argument(help: "The words to find.")
    var words: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "How many articles to list at most.")
    var limit = 20

    @Flag(help: "Print one JSON object per article.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let hits = try await store.corpus().search(SearchQuery(text: words.joined(separator: " "), filter: filters.filter, limit: limit))
            let terminal = isatty(STDOUT_FILENO) != 0
            for hit in hits { print(json ? hit.json : CorpusPrinter.hit(hit, terminal: terminal)) }
            if hits.isEmpty, !json { Terminal.error("no article matches \(words.joined(separator: " "))") }
        }
    }
}
