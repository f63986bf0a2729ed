import ArgumentParser
import ParallaxAnalysis
import ParallaxReading

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List who said what in each article: direct quotes and reported speech, with speaker and cue.",
        discussion: """
            --json prints one line per article: {"id", "quotes": [{"text", "start", "end", "direct", "speaker", \
            "speaker_start", "speaker_end", "cue"}]}. Offsets count Unicode scalars of the article text; \
            "speaker" is the resolved entity ("Robert M. Gates" for "he") or the speaker as written; speaker \
            offsets point at the words naming the speaker in this article, null when unknown.

            Examples:
              parallax quotes samples/
              parallax quotes --json articles.jsonl
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @Flag(help: "Print one JSON line per article.")
    var json = false

    @Flag(help: "Only direct quotes.")
    var directOnly = false

    @Flag(help: "Gather the same quote across articles: one entry per quote, with each outlet's wording.")
    var ledger = false

    func run() throws {
        let (articles, failures) = ArticleLoader.load(paths)
        let analyzer = Analyzer()
        if ledger {
            let analyzed = articles.map(analyzer.analyze)
            let quoteLedger = QuoteLedger(analyzed, roster: Roster(analyzed), kinds: directOnly ? [.direct] : [.direct, .indirect])
            for entry in quoteLedger.entries { print(json ? entry.jsonObject : Self.text(entry)) }
            if failures > 0 { throw ExitCode.failure }
            return
        }
        for article in articles {
            let quotes = analyzer.analyze(article).quotes.filter { !directOnly || $0.kind == .direct }
            print(json ? Self.jsonLine(article.id, quotes) : Self.text(article.id, quotes))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    static func text(_ id: String, _ quotes: [Quote]) -> String {
        var lines = ["═══ \(id)  (\(quotes.count) quotes)"]
        for quote in quotes {
            let speaker = quote.speakerEntity ?? quote.speaker ?? "unknown speaker"
            let written = quote.speaker.map { $0 == speaker ? "" : " (“\($0)”)" } ?? ""
            lines.append("[\(quote.kind.rawValue)] \(speaker)\(written), \(quote.cue ?? "no cue"):")
            lines.append("    \(quote.text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ entry: QuoteLedger.Entry) -> String {
        var lines = ["\(entry.speaker ?? "unknown speaker") [\(entry.kind.rawValue)], carried by \(entry.outlets.joined(separator: ", "))"]
        for variant in entry.variants {
            lines.append("    \(variant.outlet): \(variant.quote.text)")
        }
        return lines.joined(separator: "\n")
    }

    static func jsonLine(_ id: String, _ quotes: [Quote]) -> String {
        var object = JSONObjectWriter()
        object.add("id", id)
        let items = quotes.map { quote in
            var item = JSONObjectWriter()
            item.add("text", quote.text)
            item.add("start", quote.start)
            item.add("end", quote.end)
            item.add("direct", quote.kind == .direct)
            item.add("speaker", quote.speakerEntity ?? quote.speaker)
            item.add("speaker_start", quote.speakerStart)
            item.add("speaker_end", quote.speakerEnd)
            item.add("cue", quote.cue)
            return item.text
        }
        object.addRaw("quotes", "[" + items.joined(separator: ",") + "]")
        return object.text
    }
}
