import ParallaxAnalysis
import ParallaxReading
import ParallaxStorage

/// A person, organisation or place as the corpus names it: its spellings with the outlets that use each, and
/// the stories that name it.
public struct CorpusEntity: Sendable {
    /// The name's slug ("robert-m-gates"): stable while the name is, and readable in a URL.
    public var id: String
    public var name: String
    public var type: EntityType
    /// Every spelling found, most used first, with the outlets that wrote it.
    public var spellings: [Roster.Alias]
    /// The stories that name it, newest first, each with the spellings its articles use.
    public var stories: [(story: StorySummary, spellings: [Roster.Alias])]

    /// The ID of the entity a name is the main name of: "Robert M. Gates" → "robert-m-gates".
    public static func id(forName name: String) -> String {
        TextNormalizer.key(name).split(separator: " ").joined(separator: "-")
    }
}

extension Corpus {
    /// How many stories, and articles of each, an entity lookup reads: it runs the roster over them, so the
    /// cost of a lookup is bounded however often a name occurs.
    public static let entityStories = 12
    public static let entityArticlesPerStory = 40

    /// The entities whose name or a spelling of it holds all the words of `name` ("Gadhafi" finds the entity
    /// AFP spells "Kadhafi"), found through the newest stories whose articles mention `name`. There is no
    /// entity index: each story's roster is made from its articles, so spellings are joined as in a report.
    public func entities(matching name: String) async throws -> [CorpusEntity] {
        let words = Set(TextNormalizer.key(name).split(separator: " ").map(String.init))
        guard !words.isEmpty else { return [] }
        let stories = try await store.stories(StoryQuery(filter: ArticleFilter(entity: name), limit: Self.entityStories))
        let analyzer = Analyzer()
        var found = EntityGroups()
        for story in stories {
            let articles = try await store.articles(in: .story(story.id), limit: Self.entityArticlesPerStory).map(\.article)
            let roster = Roster(articles.map(analyzer.analyze))
            for entry in roster.entries where Self.names(entry, allOf: words) {
                found.add(entry, of: story)
            }
        }
        return found.entities
    }

    /// An entity by its ID, looked up by the last word of its name (a surname, most often) so that stories
    /// that spell the rest of it otherwise are found too; nil when no such entity is named.
    public func entity(id: String) async throws -> CorpusEntity? {
        let words = id.split(separator: "-")
        guard let last = words.last else { return nil }
        let candidates = try await entities(matching: String(last))
        return candidates.first { $0.id == id }
            ?? candidates.first { candidate in words.allSatisfy { candidate.id.split(separator: "-").contains($0) } }
    }

    /// Whether the entry's name or one of its spellings holds every word.
    static func names(_ entry: Roster.Entry, allOf words: Set<String>) -> Bool {
        ([entry.name] + entry.aliases.map(\.form)).contains { form in
            words.isSubset(of: TextNormalizer.key(form).split(separator: " ").map(String.init))
        }
    }

}

/// Roster entries of several stories, joined when they share a spelling and a type.
private struct EntityGroups {
    private var groups: [CorpusEntity] = []
    private var groupOfSpelling: [String: Int] = [:]

    var entities: [CorpusEntity] {
        groups.sorted { $0.stories.count != $1.stories.count ? $0.stories.count > $1.stories.count : $0.id < $1.id }
    }

    mutating func add(_ entry: Roster.Entry, of story: StorySummary) {
        let keys = entry.aliases.map { "\(entry.type.rawValue):" + TextNormalizer.key($0.form) }
        let index: Int
        let known = groupOfSpelling
        if let existing = keys.lazy.compactMap({ known[$0] }).first {
            index = existing
            groups[index].stories.append((story, entry.aliases))
            groups[index].spellings = Self.merged(groups[index].spellings, entry.aliases)
        } else {
            index = groups.count
            groups.append(CorpusEntity(
                id: CorpusEntity.id(forName: entry.name), name: entry.name, type: entry.type, spellings: entry.aliases,
                stories: [(story, entry.aliases)]))
        }
        for key in keys where groupOfSpelling[key] == nil { groupOfSpelling[key] = index }
    }

    /// Spellings of both lists, outlets joined, most mentioned first.
    private static func merged(_ first: [Roster.Alias], _ second: [Roster.Alias]) -> [Roster.Alias] {
        var byForm: [String: Roster.Alias] = [:]
        var order: [String] = []
        for alias in first + second {
            if var known = byForm[alias.form] {
                known.mentions += alias.mentions
                known.outlets += alias.outlets.filter { !known.outlets.contains($0) }
                byForm[alias.form] = known
            } else {
                byForm[alias.form] = alias
                order.append(alias.form)
            }
        }
        return order.compactMap { byForm[$0] }.enumerated()
            .sorted { $0.element.mentions != $1.element.mentions ? $0.element.mentions > $1.element.mentions : $0.offset < $1.offset }
            .map(\.element)
    }
}
