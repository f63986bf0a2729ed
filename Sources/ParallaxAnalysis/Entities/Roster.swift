import ParallaxReading

/// The people, organisations and places of a set of articles, with the spellings each outlet used merged:
/// "Moamer Kadhafi" (AFP) and "Col. Moammar Gadhafi" (AP) are one entry with two aliases.
///
/// Two entities of different articles are one when their types agree and their names do: places by
/// gazetteer name; organisations by key, acronym or spelling ("Organisation"/"Organization"); people by the
/// sound and spelling of the surname (`PhoneticKey`, `JaroWinkler`) and compatible given names. A surname alone
/// joins a full name only when just one person with that surname is known, so two Smiths stay apart.
public struct Roster: Sendable {
    public struct Alias: Sendable, Hashable {
        /// The name as written.
        public var form: String
        /// The outlets that wrote it, in order of first use.
        public var outlets: [String]
        public var mentions: Int
    }

    public struct Entry: Sendable {
        public var name: String
        public var type: EntityType
        public var aliases: [Alias]
        public var titles: [String]
        public var mentions: Int
        /// The IDs of the articles that name it.
        public var articles: [String]
    }

    /// Ordered by importance: the number of articles that name the entity, then its mentions.
    public var entries: [Entry]

    /// Which entry each article's entity joined: article ID → entity name → index in `entries`.
    private var entryOfEntity: [String: [String: Int]] = [:]

    /// The roster entry an article's entity belongs to.
    public func entry(article: String, entity: String) -> Entry? {
        entryOfEntity[article]?[entity].map { entries[$0] }
    }

    public init(_ articles: [AnalyzedArticle]) {
        var items: [(article: Int, entity: ArticleEntity)] = []
        for (index, article) in articles.enumerated() {
            for entity in article.entities { items.append((index, entity)) }
        }
        var sets = DisjointSets(count: items.count)
        // Blocks: only entities that share a key are compared, so the cost grows with the size of blocks.
        var blocks: [String: [Int]] = [:]
        for (index, item) in items.enumerated() {
            for key in Self.blockingKeys(item.entity) { blocks[key, default: []].append(index) }
        }
        for key in blocks.keys.sorted() {
            let members = blocks[key]!
            var block = Block(members.map { items[$0].entity })
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] where sets.find(first) != sets.find(second) {
                    if Self.sameEntity(items[first].entity, items[second].entity, block: &block) {
                        sets.union(first, second)
                    }
                }
            }
        }
        var grouped: [Int: [Int]] = [:]
        for index in items.indices { grouped[sets.find(index), default: []].append(index) }
        let groups = grouped.values.map { members in
            (entry: Self.entry(members.map { items[$0] }, articles: articles), members: members)
        }.sorted {
            // Entries alike in counts and name keep the order their first mention was read in, not the order of a
            // dictionary, which changes from run to run.
            ($1.entry.articles.count, $1.entry.mentions, $0.entry.name, $0.members[0])
                < ($0.entry.articles.count, $0.entry.mentions, $1.entry.name, $1.members[0])
        }
        entries = groups.map(\.entry)
        for (position, group) in groups.enumerated() {
            for member in group.members {
                entryOfEntity[articles[items[member].article].article.id, default: [:]][items[member].entity.name] = position
            }
        }
    }

    static func blockingKeys(_ entity: ArticleEntity) -> [String] {
        let words = NameKey.words(entity.name.split(separator: " ").map(String.init))
        switch entity.type {
        case .place:
            return ["place:" + entity.name]
        case .person, .other:
            guard let surname = words.last else { return [] }
            return ["name:" + PhoneticKey.of(surname)]
        case .organization:
            let nameWords = entity.name.split(separator: " ").map(String.init)
            var keys = ["org:" + words.joined(separator: " "), "initials:" + NameKey.initials(nameWords)]
            if let last = words.last { keys.append("orghead:" + PhoneticKey.of(last)) }
            if words.count == 1 { keys.append("initials:" + words[0]) }
            return keys
        }
    }

    /// The entities that share a blocking key, and what is learnt about them once rather than for every pair:
    /// comparing each pair with the whole block would make a block of n entities cost n³.
    struct Block {
        /// The people of the block: the phonetic key of the given name and the surname, when both are written.
        let people: [(given: String, surname: String)]
        /// Surname → how many different given names the block's people with a similar surname have.
        private var givenNameCounts: [String: Int] = [:]

        init(_ entities: [ArticleEntity]) {
            people = entities.filter { $0.type == .person }.compactMap { entity in
                let words = NameKey.words(entity.name.split(separator: " ").map(String.init))
                return words.count >= 2 ? (PhoneticKey.of(words[0]), words.last!) : nil
            }
        }

        mutating func givenNames(withSurnameLike surname: String) -> Int {
            if let count = givenNameCounts[surname] { return count }
            let count = Set(people.lazy.filter { Roster.similarNames($0.surname, surname) }.map(\.given)).count
            givenNameCounts[surname] = count
            return count
        }
    }

    static func sameEntity(_ a: ArticleEntity, _ b: ArticleEntity, block: inout Block) -> Bool {
        guard a.type == b.type || a.type == .other || b.type == .other else { return false }
        let aWords = NameKey.words(a.name.split(separator: " ").map(String.init))
        let bWords = NameKey.words(b.name.split(separator: " ").map(String.init))
        guard !aWords.isEmpty, !bWords.isEmpty else { return false }
        if aWords == bWords { return true }
        switch (a.type, b.type) {
        case (.place, _), (_, .place):
            return a.name == b.name
        case (.organization, .organization):
            let aInitials = NameKey.initials(a.name.split(separator: " ").map(String.init))
            let bInitials = NameKey.initials(b.name.split(separator: " ").map(String.init))
            if aWords.count == 1, aWords[0] == bInitials, bWords.count > 1 { return true }
            if bWords.count == 1, bWords[0] == aInitials, aWords.count > 1 { return true }
            let shorter = aWords.count < bWords.count ? aWords : bWords
            let longer = aWords.count < bWords.count ? bWords : aWords
            if shorter.count >= 2, Array(longer.suffix(shorter.count)) == shorter { return true }
            return aWords.count == bWords.count
                && JaroWinkler.similarity(aWords.joined(separator: " "), bWords.joined(separator: " ")) >= 0.95
        default:
            return samePerson(aWords, bWords, block: &block)
        }
    }

    /// Surnames that sound and look alike, given names that do not contradict each other.
    static func samePerson(_ a: [String], _ b: [String], block: inout Block) -> Bool {
        guard similarNames(a.last!, b.last!) else { return false }
        if a.count >= 2, b.count >= 2 {
            return similarNames(a[0], b[0]) || a[0].hasPrefix(b[0]) || b[0].hasPrefix(a[0])
        }
        // A surname alone: only if the block does not hold two people with different given names.
        return block.givenNames(withSurnameLike: a.last!) <= 1
    }

    static func similarNames(_ a: String, _ b: String) -> Bool {
        a == b || (PhoneticKey.of(a) == PhoneticKey.of(b) && JaroWinkler.similarity(a, b) >= 0.75)
    }

    private static func entry(_ members: [(article: Int, entity: ArticleEntity)], articles: [AnalyzedArticle]) -> Entry {
        var aliases: [String: Alias] = [:]
        var aliasOrder: [String] = []
        var titles: [String] = []
        var articleIDs: [String] = []
        var mentions = 0
        for member in members {
            let article = articles[member.article].article
            let outlet = article.outlet ?? article.agency ?? article.id
            if !articleIDs.contains(article.id) { articleIDs.append(article.id) }
            for title in member.entity.titles where !titles.contains(title) { titles.append(title) }
            for mention in member.entity.mentions {
                mentions += 1
                let form = mention.text
                if aliases[form] == nil {
                    aliases[form] = Alias(form: form, outlets: [], mentions: 0)
                    aliasOrder.append(form)
                }
                aliases[form]!.mentions += 1
                if !aliases[form]!.outlets.contains(outlet) { aliases[form]!.outlets.append(outlet) }
            }
        }
        // The canonical name: the fullest article-level name, then the one named most often.
        let best = members.max { lhs, rhs in
            let left = (NameKey.words(lhs.entity.name.split(separator: " ").map(String.init)).count, lhs.entity.mentions.count, lhs.entity.name.count)
            let right = (NameKey.words(rhs.entity.name.split(separator: " ").map(String.init)).count, rhs.entity.mentions.count, rhs.entity.name.count)
            return left < right
        }!
        let type = members.map(\.entity.type).filter { $0 != .other }.first ?? .other
        return Entry(name: best.entity.name, type: type, aliases: aliasOrder.map { aliases[$0]! }, titles: titles,
                     mentions: mentions, articles: articleIDs)
    }
}

/// Union-find with path halving.
struct DisjointSets {
    private var parents: [Int]

    init(count: Int) {
        parents = Array(0..<count)
    }

    mutating func find(_ element: Int) -> Int {
        var current = element
        while parents[current] != current {
            parents[current] = parents[parents[current]]
            current = parents[current]
        }
        return current
    }

    mutating func union(_ first: Int, _ second: Int) {
        let a = find(first), b = find(second)
        if a != b { parents[max(a, b)] = min(a, b) }
    }
}
