/// Gathers an article's name candidates into entities: short forms join the full name they abbreviate
/// ("Gates", "Mr. Gates" → "Robert M. Gates"), acronyms join their expansion ("UN" ↔ "United Nations"),
/// shorter organisation names join longer ones that end with them ("Security Council" → "UN Security Council"),
/// and places join by their gazetteer name ("U.S." → "United States").
struct ArticleEntityResolver {
    let gazetteer: Gazetteer

    private struct Group {
        var type: EntityType
        var members: [NameCandidate]
        /// Significant folded words of the fullest name.
        var words: [String]
        var key: String
    }

    func resolve(_ candidates: [NameCandidate]) -> [ArticleEntity] {
        var places: [String: Group] = [:]
        var organizations: [Group] = []
        var people: [Group] = []
        var singles: [NameCandidate] = []

        // Strong types first; single-word names without strong evidence wait until full names are known.
        for candidate in candidates {
            let words = candidate.keyWords
            guard !words.isEmpty else { continue }
            switch candidate.evidence {
            case .place?:
                let name = gazetteer.place(named: candidate.text)?.name ?? candidate.text
                places[name, default: Group(type: .place, members: [], words: words, key: name)].members.append(candidate)
            case .organization?:
                add(candidate, words: words, to: &organizations, type: .organization)
            case .person? where words.count >= 2:
                addPerson(candidate, words: words, to: &people)
            default:
                if words.count >= 2, candidate.weakEvidence == .person {
                    addPerson(candidate, words: words, to: &people)
                } else {
                    singles.append(candidate)
                }
            }
        }

        // A single word that is the surname of a person joins them, whatever else it might be; when two people
        // share it ("Hillary Clinton", "Bill Clinton"), the one named last before it.
        var pending: [NameCandidate] = []
        for candidate in singles {
            let words = candidate.keyWords
            let matches = people.indices.filter { people[$0].words.last == words.last && people[$0].words.count >= 2 }
            let before = matches.compactMap { index -> (Int, Int)? in
                let last = people[index].members.filter { $0.start < candidate.start }.map(\.start).max()
                return last.map { (index, $0) }
            }
            if let nearest = before.max(by: { $0.1 < $1.1 })?.0 ?? (matches.count == 1 ? matches[0] : nil) {
                people[nearest].members.append(candidate)
            } else {
                pending.append(candidate)
            }
        }
        // Remaining single words: the evidence of all their mentions together decides.
        var byKey: [String: [NameCandidate]] = [:]
        var keyOrder: [String] = []
        for candidate in pending {
            let key = NameKey.phrase(candidate.words)
            if byKey[key] == nil { keyOrder.append(key) }
            byKey[key, default: []].append(candidate)
        }
        var others: [Group] = []
        for key in keyOrder {
            let members = byKey[key]!
            let words = members[0].keyWords
            // A speech verb after a name ("Trump said") outweighs "the" before it ("the Trump campaign").
            if members.contains(where: { $0.evidence == .person || $0.weakEvidence == .person }) {
                people.append(Group(type: .person, members: members, words: words, key: key))
            } else if let place = gazetteer.place(named: members[0].text) {
                places[place.name, default: Group(type: .place, members: [], words: words, key: place.name)].members
                    .append(contentsOf: members)
            } else if members.contains(where: { $0.weakEvidence == .organization }) {
                for member in members { add(member, words: words, to: &organizations, type: .organization) }
            } else {
                others.append(Group(type: .other, members: members, words: words, key: key))
            }
        }

        mergeAcronymsAndTails(&organizations)
        // Unknown single words that match an organisation or place join it.
        var remaining: [Group] = []
        for other in others {
            if let index = organizations.firstIndex(where: { $0.key == other.key || NameKey.initials($0.members[0].words) == other.key && other.members[0].isAcronym }) {
                organizations[index].members.append(contentsOf: other.members)
            } else {
                remaining.append(other)
            }
        }

        let groups = people + organizations + places.values.sorted { $0.key < $1.key } + remaining
        return groups.map(entity).sorted { ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0) }
    }

    private func add(_ candidate: NameCandidate, words: [String], to groups: inout [Group], type: EntityType) {
        let key = words.joined(separator: " ")
        if let index = groups.firstIndex(where: { $0.key == key }) {
            groups[index].members.append(candidate)
        } else {
            groups.append(Group(type: type, members: [candidate], words: words, key: key))
        }
    }

    /// Joins a full name to the person with the same surname and a compatible given name.
    private func addPerson(_ candidate: NameCandidate, words: [String], to people: inout [Group]) {
        if let index = people.firstIndex(where: { group in
            group.words.last == words.last && Self.givenNamesAgree(group.words, words)
        }) {
            people[index].members.append(candidate)
            if words.count > people[index].words.count { people[index].words = words }
        } else {
            people.append(Group(type: .person, members: [candidate], words: words, key: words.joined(separator: " ")))
        }
    }

    static func givenNamesAgree(_ first: [String], _ second: [String]) -> Bool {
        guard first.count >= 2, second.count >= 2 else { return true }
        return first[0] == second[0] || first[0].hasPrefix(second[0]) || second[0].hasPrefix(first[0])
    }

    /// "UN" joins "United Nations"; "Security Council" joins "UN Security Council".
    private func mergeAcronymsAndTails(_ groups: inout [Group]) {
        var index = 0
        while index < groups.count {
            let group = groups[index]
            let target = groups.indices.first { other in
                guard other != index else { return false }
                let candidate = groups[other]
                if group.members[0].isAcronym, candidate.words.count >= 2,
                   NameKey.initials(candidate.members[0].words) == group.key {
                    return true
                }
                return group.words.count >= 2 && candidate.words.count > group.words.count
                    && Array(candidate.words.suffix(group.words.count)) == group.words
            }
            if let target {
                groups[target].members.append(contentsOf: group.members)
                groups.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    private func entity(_ group: Group) -> ArticleEntity {
        let mentions = group.members
            .map { EntityMention(text: $0.text, start: $0.start, end: $0.end, title: $0.title, sentence: $0.sentence) }
            .sorted { $0.start < $1.start }
        let name: String
        if group.type == .place {
            name = group.key
        } else {
            // The fullest form: most significant words, then longest, then first used.
            name = group.members.max { lhs, rhs in
                (lhs.keyWords.count, lhs.text.count, -lhs.start) < (rhs.keyWords.count, rhs.text.count, -rhs.start)
            }.map { Self.displayForm($0.text) } ?? group.key
        }
        return ArticleEntity(name: name, type: group.type, mentions: mentions)
    }

    /// All-capital words of datelines read better in title case: "MOSCOW" → "Moscow"; acronyms stay.
    static func displayForm(_ text: String) -> String {
        // Any lower-case ASCII letter: not a run of capitals.
        if text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return text }
        return text.split(separator: " ").map { word in
            let letters = word.filter(\.isLetter)
            return letters.count > 4 && letters.allSatisfy(\.isUppercase) ? word.prefix(1) + word.dropFirst().lowercased() : String(word)
        }.joined(separator: " ")
    }
}
