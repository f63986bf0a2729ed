import ArgumentParser
import ParallaxAnalysis
import ParallaxReading

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show what the Analysis stage finds in each article: entities, dates, figures.",
        discussion: """
            For each article: its sentences, the entities with every mention and title, the dates with their \
            resolved day (relative dates such as "on Thursday" are resolved against the article's date), and \
            the figures with what they count. --json prints one object per article; offsets count Unicode \
            scalars of the article's text.

            Example:
              parallax analyze samples/001_71e3aa6deb07e942.txt
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @Flag(help: "Print one JSON object per article.")
    var json = false

    func run() throws {
        let (articles, failures) = ArticleLoader.load(paths)
        let analyzer = Analyzer()
        for article in articles {
            let analyzed = analyzer.analyze(article)
            print(json ? Self.jsonLine(analyzed) : Self.text(analyzed))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    static func text(_ analyzed: AnalyzedArticle) -> String {
        var lines = ["═══ \(analyzed.article.id)  (\(analyzed.sentences.count) sentences, \(analyzed.tokens.count) tokens)"]
        lines.append("Entities")
        for entity in analyzed.entities {
            let forms = Set(entity.mentions.map(\.text)).sorted().joined(separator: ", ")
            let titles = entity.titles.isEmpty ? "" : "  titles: " + entity.titles.joined(separator: "; ")
            lines.append("  \(entity.type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(entity.name) ×\(entity.mentions.count)  [\(forms)]\(titles)")
        }
        lines.append("Dates")
        for date in analyzed.dates {
            lines.append("  \(date.text)  →  \(date.date?.description ?? "unresolved") (\(date.granularity.rawValue)\(date.isRelative ? ", relative" : ""))")
        }
        lines.append("Figures")
        for figure in analyzed.figures {
            let parts = [figure.qualifier, Self.number(figure.value), figure.unit, figure.counted.map { "of \($0)" },
                         figure.isOrdinal ? "(rank)" : nil].compactMap { $0 }
            lines.append("  \(figure.text)  →  \(parts.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func jsonLine(_ analyzed: AnalyzedArticle) -> String {
        var object = JSONObjectWriter()
        object.add("id", analyzed.article.id)
        object.add("sentences", analyzed.sentences.count)
        let entities = analyzed.entities.map { entity in
            var item = JSONObjectWriter()
            item.add("name", entity.name)
            item.add("type", entity.type.rawValue)
            let mentions = entity.mentions.map { mention in
                var mentionObject = JSONObjectWriter()
                mentionObject.add("text", mention.text)
                mentionObject.add("start", mention.start)
                mentionObject.add("end", mention.end)
                mentionObject.add("title", mention.title)
                return mentionObject.text
            }
            item.addRaw("mentions", "[" + mentions.joined(separator: ",") + "]")
            return item.text
        }
        object.addRaw("entities", "[" + entities.joined(separator: ",") + "]")
        let dates = analyzed.dates.map { date in
            var item = JSONObjectWriter()
            item.add("text", date.text)
            item.add("start", date.start)
            item.add("end", date.end)
            item.add("date", date.date?.description)
            item.add("granularity", date.granularity.rawValue)
            item.add("relative", date.isRelative)
            return item.text
        }
        object.addRaw("dates", "[" + dates.joined(separator: ",") + "]")
        let figures = analyzed.figures.map { figure in
            var item = JSONObjectWriter()
            item.add("text", figure.text)
            item.add("start", figure.start)
            item.add("end", figure.end)
            item.add("value", figure.value)
            item.add("unit", figure.unit)
            item.add("counted", figure.counted)
            item.add("qualifier", figure.qualifier)
            item.add("ordinal", figure.isOrdinal)
            return item.text
        }
        object.addRaw("figures", "[" + figures.joined(separator: ",") + "]")
        return object.text
    }
}
