extension QuoteLedger {
    /// What decides whether two copies of matching words are one quote: they come from different articles, and
    /// their speakers, when both are resolved, are the same.
    struct QuoteSide {
        var article: String
        /// The resolved speaker; nil when not resolved, which agrees with any speaker.
        var speaker: String?
    }

    /// Joins the quotes of two forms whose words match (or of one form with itself) exactly as comparing every
    /// pair would, without visiting every pair: a quote carried by 300 outlets is 45,000 pairs.
    ///
    /// Quotes of one speaker (or an unresolved one, which agrees with all) pair with every quote of the other
    /// side save those of their own article. Joining each quote with the first two quotes of the other side that
    /// come from different articles (those not of its own article) connects what the pairs connect.
    static func join(_ first: [Int], _ second: [Int], sides: [QuoteSide], in sets: inout DisjointSets) {
        let firstBySpeaker = bySpeaker(first, sides), secondBySpeaker = bySpeaker(second, sides)
        // An unresolved speaker agrees with everyone.
        if let unresolved = firstBySpeaker[nil] { joinAcrossArticles(unresolved, second, sides: sides, in: &sets) }
        if let unresolved = secondBySpeaker[nil] { joinAcrossArticles(first, unresolved, sides: sides, in: &sets) }
        for (speaker, members) in firstBySpeaker where speaker != nil {
            if let others = secondBySpeaker[speaker] { joinAcrossArticles(members, others, sides: sides, in: &sets) }
        }
    }

    private static func bySpeaker(_ members: [Int], _ sides: [QuoteSide]) -> [String?: [Int]] {
        Dictionary(grouping: members) { sides[$0].speaker }
    }

    /// Joins `first` and `second` as if every pair from different articles were joined.
    private static func joinAcrossArticles(_ first: [Int], _ second: [Int], sides: [QuoteSide], in sets: inout DisjointSets) {
        let firstAnchors = anchors(first, sides), secondAnchors = anchors(second, sides)
        for member in first {
            for anchor in secondAnchors where sides[anchor].article != sides[member].article { sets.union(member, anchor) }
        }
        for member in second {
            for anchor in firstAnchors where sides[anchor].article != sides[member].article { sets.union(member, anchor) }
        }
    }

    /// The first member, and the first of another article.
    private static func anchors(_ members: [Int], _ sides: [QuoteSide]) -> [Int] {
        guard let head = members.first else { return [] }
        guard let other = members.first(where: { sides[$0].article != sides[head].article }) else { return [head] }
        return [head, other]
    }
}
