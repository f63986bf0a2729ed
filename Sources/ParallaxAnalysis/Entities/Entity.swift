/// What a named entity is.
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    case person, organization, place, other

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One place an entity is named in an article.
public struct EntityMention: Sendable, Hashable {
    /// The name as written, without title: "Robert M. Gates", "Gadhafi", "U.N. Security Council".
    public var text: String
    /// Unicode scalar offsets of the name in the article text.
    public var start: Int
    public var end: Int
    /// The title written before the name, if any: "Defense Secretary", "Mr.", "Col.".
    public var title: String?
    /// Index of the sentence the mention is in.
    public var sentence: Int
}

/// An entity of one article, its mentions gathered ("Mr. Gates" and "Robert M. Gates" are one).
public struct ArticleEntity: Sendable, Hashable {
    /// The fullest form the article uses: "Robert M. Gates"; for places, the gazetteer's name.
    public var name: String
    public var type: EntityType
    public var mentions: [EntityMention]

    /// Titles the article gives the entity, in order of first use, without repeats.
    public var titles: [String] {
        var seen = Set<String>()
        return mentions.compactMap(\.title).filter { seen.insert($0).inserted }
    }
}
