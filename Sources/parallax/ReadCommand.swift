import ArgumentParser
import ParallaxReading

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles from text files, HTML pages and JSONL, and print what was found.",
        discussion: """
            Each PATH is a file, a folder (read recursively: .txt, .html/.htm, .jsonl/.ndjson, each optionally \
            .gz) or - for standard input. For each article Parallax finds the title, date, agency, dateline, \
            byline, language and the body without page furniture.

            A file that cannot be read (missing, binary, empty, too large, invalid UTF-8, a malformed JSON line) \
            is reported on standard error with its name and line; the others are still read, and the exit \
            status is 1.

            Examples:
              parallax read samples/
              parallax read --json articles.jsonl.gz > clean.jsonl
              curl -s https://example.com/story | parallax read --json -
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @Flag(help: "Print JSONL (the interchange format plus agency, dateline, byline and lang).")
    var json = false

    @Flag(help: "Print one line per article instead of its whole text.")
    var brief = false

    @Option(help: "The largest single article file to read, in megabytes.")
    var maxArticleMb = 16

    func run() throws {
        var options = ArticleReader.Options()
        options.maxArticleBytes = maxArticleMb << 20
        var articles = 0
        var failures = 0
        ArticleReader(options: options).read(paths: paths) { result in
            switch result {
            case .success(let article):
                articles += 1
                print(json ? article.jsonLine : brief ? ArticlePrinter.line(article) : ArticlePrinter.block(article))
            case .failure(let error):
                failures += 1
                Terminal.error(error.description)
            }
        }
        if failures > 0 {
            Terminal.error("read \(articles) article\(articles == 1 ? "" : "s"); \(failures) input\(failures == 1 ? "" : "s") failed")
            throw ExitCode.failure
        }
    }
}
