/// One way an entity is named across a set of articles (a type and a name as written), with the keys the roster
/// compares worked out once: a story of 300 articles names its main people hundreds of times each, and folding
/// and keying the same name again for every pair made the roster cost grow with the square of the articles.
struct NameForm {
    let type: EntityType
    let name: String
    /// The significant words, folded: "Robert M. Gates" → ["robert", "gates"].
    let words: [String]
    /// For organisations: the initials of the name as written ("World Trade Organisation" → "wto").
    let initials: String
    /// The phonetic key of the first and last word (the given name and surname of a person).
    let firstKey: String
    let lastKey: String

    init(type: EntityType, name: String) {
        self.type = type
        self.name = name
        let written = name.split(separator: " ").map(String.init)
        words = NameKey.words(written)
        initials = type == .organization ? NameKey.initials(written) : ""
        firstKey = words.first.map(PhoneticKey.of) ?? ""
        lastKey = words.last.map(PhoneticKey.of) ?? ""
    }

    /// The keys of the blocks the form is compared within: only forms that share a key are compared.
    var blockingKeys: [String] {
        switch type {
        case .place:
            return ["place:" + name]
        case .person, .other:
            guard !words.isEmpty else { return [] }
            return ["name:" + lastKey]
        case .organization:
            var keys = ["org:" + words.joined(separator: " "), "initials:" + initials]
            if !words.isEmpty { keys.append("orghead:" + lastKey) }
            if words.count == 1 { keys.append("initials:" + words[0]) }
            return keys
        }
    }
}
