import ArgumentParser
import ParallaxAnalysis
import ParallaxReading

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organisations and places of a set of articles, aliases merged.",
        discussion: """
            Reads the articles (any input `parallax read` takes), finds the names in each, and merges the \
            spellings different outlets use into one entry: "Moamer Kadhafi" (AFP) and "Col. Moammar Gadhafi" \
            (AP) are one person. Entries are ordered by how many articles name them, then by mentions.

            Examples:
              parallax entities samples/
              parallax entities --type person --json articles.jsonl
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @Option(help: "Only list entities of this type: person, organization, place or other.")
    var type: EntityType?

    @Flag(help: "Print one JSON object per entity: name, type, mentions, articles, titles, aliases with outlets.")
    var json = false

    func run() throws {
        let (articles, failures) = ArticleLoader.load(paths)
        let analyzer = Analyzer()
        let roster = Roster(articles.map(analyzer.analyze))
        let entries = roster.entries.filter { type == nil || $0.type == type }
        for entry in entries {
            print(json ? Self.jsonLine(entry) : Self.text(entry))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    static func text(_ entry: Roster.Entry) -> String {
        let count = "\(entry.mentions) mention\(entry.mentions == 1 ? "" : "s") in \(entry.articles.count) article\(entry.articles.count == 1 ? "" : "s")"
        var lines = ["\(entry.type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(entry.name)  (\(count))"]
        let aliases = entry.aliases.map { alias in
            "\(alias.form) [\(alias.outlets.joined(separator: ", "))\(alias.mentions > 1 ? " ×\(alias.mentions)" : "")]"
        }
        lines.append("             aliases: " + aliases.joined(separator: "; "))
        if !entry.titles.isEmpty { lines.append("             titles: " + entry.titles.joined(separator: "; ")) }
        return lines.joined(separator: "\n")
    }

    static func jsonLine(_ entry: Roster.Entry) -> String {
        var object = JSONObjectWriter()
        object.add("name", entry.name)
        object.add("type", entry.type.rawValue)
        object.add("mentions", entry.mentions)
        object.addRaw("articles", "[" + entry.articles.map(JSONObjectWriter.quoted).joined(separator: ",") + "]")
        object.addRaw("titles", "[" + entry.titles.map(JSONObjectWriter.quoted).joined(separator: ",") + "]")
        let aliases = entry.aliases.map { alias in
            var aliasObject = JSONObjectWriter()
            aliasObject.add("form", alias.form)
            aliasObject.add("mentions", alias.mentions)
            aliasObject.addRaw("outlets", "[" + alias.outlets.map(JSONObjectWriter.quoted).joined(separator: ",") + "]")
            return aliasObject.text
        }
        object.addRaw("aliases", "[" + aliases.joined(separator: ",") + "]")
        return object.text
    }
}

extension EntityType: ExpressibleByArgument {}
