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
        // Entities named alike are one form, keyed once; forms, not entities, are compared. A form with no
        // significant words never joins anything, not even its own kind.
        var forms: [NameForm] = []
        var formOfItem: [Int?] = []
        var formIndex: [String: Int] = [:]
        for item in items {
            let key = "\(item.entity.type.rawValue):\(item.entity.name)"
            if let known = formIndex[key] {
                formOfItem.append(known)
                continue
            }
            let form = NameForm(type: item.entity.type, name: item.entity.name)
            guard !form.words.isEmpty else {
                formOfItem.append(nil)
                continue
            }
            formIndex[key] = forms.count
            formOfItem.append(forms.count)
            forms.append(form)
        }
        var itemCounts = [Int](repeating: 0, count: forms.count)
        for form in formOfItem.compactMap({ $0 }) { itemCounts[form] += 1 }
        var sets = DisjointSets(count: forms.count)
        var blocks: [String: [Int]] = [:]
        for (index, form) in forms.enumerated() {
            for key in form.blockingKeys { blocks[key, default: []].append(index) }
        }
        for key in blocks.keys.sorted() {
            let members = blocks[key]!
            var block = Block(members.map { forms[$0] })
            // A block of many forms is compared with its most named forms only, which are what the others join;
            // comparing all of them would cost the square of the block.
            let anchors = members.count <= Self.largestBlock ? members
                : Array(members.sorted { (itemCounts[$1], $0) < (itemCounts[$0], $1) }.prefix(Self.largestBlock))
            for (position, first) in members.enumerated() {
                for second in (anchors.count == members.count ? Array(members[(position + 1)...]) : anchors)
                where second != first && sets.find(first) != sets.find(second) {
                    if Self.sameEntity(forms[first], forms[second], block: &block) { sets.union(first, second) }
                }
            }
        }
        // Items of one form are one entity; an item without a form stands alone.
        var grouped: [Int: [Int]] = [:]
        for index in items.indices {
            let group = formOfItem[index].map { sets.find($0) } ?? forms.count + index
            grouped[group, default: []].append(index)
        }
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

    /// The most forms of a block compared with every other: far more than the spellings of one name in a story
    /// ("Kadhafi", "Gadhafi", "Col. Moammar Gadhafi", …), few enough to keep a hostile block cheap.
    static let largestBlock = 200

    /// The forms that share a blocking key, and what is learnt about them once rather than for every pair:
    /// comparing each pair with the whole block would make a block of n forms cost n³.
    struct Block {
        /// The people of the block: the phonetic key of the given name and the surname, when both are written.
        let people: [(given: String, surname: String)]
        /// Surname → how many different given names the block's people with a similar surname have.
        private var givenNameCounts: [String: Int] = [:]

        init(_ forms: [NameForm]) {
            people = forms.filter { $0.type == .person && $0.words.count >= 2 }.map { ($0.firstKey, $0.words.last!) }
        }

        mutating func givenNames(withSurnameLike surname: String) -> Int {
            if let count = givenNameCounts[surname] { return count }
            let count = Set(people.lazy.filter { Roster.similarNames($0.surname, surname) }.map(\.given)).count
            givenNameCounts[surname] = count
            return count
        }
    }

    static func sameEntity(_ a: NameForm, _ b: NameForm, block: inout Block) -> Bool {
        guard a.type == b.type || a.type == .other || b.type == .other else { return false }
        let aWords = a.words, bWords = b.words
        guard !aWords.isEmpty, !bWords.isEmpty else { return false }
        if aWords == bWords { return true }
        switch (a.type, b.type) {
        case (.place, _), (_, .place):
            return a.name == b.name
        case (.organization, .organization):
            if aWords.count == 1, aWords[0] == b.initials, bWords.count > 1 { return true }
            if bWords.count == 1, bWords[0] == a.initials, aWords.count > 1 { return true }
            let shorter = aWords.count < bWords.count ? aWords : bWords
            let longer = aWords.count < bWords.count ? bWords : aWords
            if shorter.count >= 2, Array(longer.suffix(shorter.count)) == shorter { return true }
            return aWords.count == bWords.count
                && JaroWinkler.similarity(aWords.joined(separator: " "), bWords.joined(separator: " ")) >= 0.95
        default:
            return samePerson(a, b, block: &block)
        }
    }

    /// Surnames that sound and look alike, given names that do not contradict each other.
    static func samePerson(_ a: NameForm, _ b: NameForm, block: inout Block) -> Bool {
        guard a.words.last! == b.words.last!
                || (a.lastKey == b.lastKey && JaroWinkler.similarity(a.words.last!, b.words.last!) >= 0.75)
        else { return false }
        if a.words.count >= 2, b.words.count >= 2 {
            return similarNames(a.words[0], b.words[0]) || a.words[0].hasPrefix(b.words[0]) || b.words[0].hasPrefix(a.words[0])
        }
        // A surname alone: only if the block does not hold two people with different given names, counted by
        // both spellings of the surname, so that the answer does not depend on which of the two is read first.
        return block.givenNames(withSurnameLike: a.words.last!) <= 1 && block.givenNames(withSurnameLike: b.words.last!) <= 1
    }

    static func similarNames(_ a: String, _ b: String) -> Bool {
        a == b || (PhoneticKey.of(a) == PhoneticKey.of(b) && JaroWinkler.similarity(a, b) >= 0.75)
    }

    private static func entry(_ members: [(article: Int, entity: ArticleEntity)], articles: [AnalyzedArticle]) -> Entry {
        var aliases: [String: Alias] = [:]
        var aliasOrder: [String] = []
        var titles: [String] = []
        var articleIDs: [String] = []
        // Sets beside the ordered lists: an entry named in every article of a large story has as many members.
        var seenTitles = Set<String>(), seenArticles = Set<String>(), seenOutlets = Set<[String]>()
        var mentions = 0
        for member in members {
            let article = articles[member.article].article
            let outlet = article.outlet ?? article.agency ?? article.id
            if seenArticles.insert(article.id).inserted { articleIDs.append(article.id) }
            for title in member.entity.titles where seenTitles.insert(title).inserted { titles.append(title) }
            for mention in member.entity.mentions {
                mentions += 1
                let form = mention.text
                if aliases[form] == nil {
                    aliases[form] = Alias(form: form, outlets: [], mentions: 0)
                    aliasOrder.append(form)
                }
                aliases[form]!.mentions += 1
                if seenOutlets.insert([form, outlet]).inserted { aliases[form]!.outlets.append(outlet) }
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
