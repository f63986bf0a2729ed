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

    /// Where to find groups without walking them all: an article of ten thousand names would compare each new
    /// name with every group (the cost grew with the square of the article).
    private struct GroupIndex {
        /// Organisation key → its group.
        var organizationOfKey: [String: Int] = [:]
        /// Surname → the people groups with it, in order.
        var peopleOfSurname: [String: [Int]] = [:]
    }

    func resolve(_ candidates: [NameCandidate]) -> [ArticleEntity] {
        var places: [String: Group] = [:]
        var organizations: [Group] = []
        var people: [Group] = []
        var singles: [NameCandidate] = []
        var index = GroupIndex()

        // Strong types first; single-word names without strong evidence wait until full names are known.
        for candidate in candidates {
            let words = candidate.keyWords
            guard !words.isEmpty else { continue }
            switch candidate.evidence {
            case .place?:
                let name = gazetteer.place(named: candidate.text)?.name ?? candidate.text
                places[name, default: Group(type: .place, members: [], words: words, key: name)].members.append(candidate)
            case .organization?:
                addOrganization(candidate, words: words, to: &organizations, index: &index)
            case .person? where words.count >= 2:
                addPerson(candidate, words: words, to: &people, index: &index)
            default:
                if words.count >= 2, candidate.weakEvidence == .person {
                    addPerson(candidate, words: words, to: &people, index: &index)
                } else {
                    singles.append(candidate)
                }
            }
        }

        // A single word that is the surname of a person joins them, whatever else it might be; when two people
        // share it ("Hillary Clinton", "Bill Clinton"), the one named last before it.
        var pending: [NameCandidate] = []
        // Each person's mention starts, ascending, kept so as singles join: the mention nearest before a single
        // is found by halving, not by walking every mention of every namesake.
        var starts = people.map { $0.members.map(\.start).sorted() }
        for candidate in singles {
            let words = candidate.keyWords
            let matches = (words.last.flatMap { index.peopleOfSurname[$0] } ?? []).filter { people[$0].words.count >= 2 }
            let before = matches.compactMap { person -> (Int, Int)? in
                let position = Self.firstPosition(notBelow: candidate.start, in: starts[person])
                return position > 0 ? (person, starts[person][position - 1]) : nil
            }
            if let nearest = before.max(by: { $0.1 < $1.1 })?.0 ?? (matches.count == 1 ? matches[0] : nil) {
                people[nearest].members.append(candidate)
                starts[nearest].insert(candidate.start, at: Self.firstPosition(notBelow: candidate.start, in: starts[nearest]))
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
                for member in members { addOrganization(member, words: words, to: &organizations, index: &index) }
            } else {
                others.append(Group(type: .other, members: members, words: words, key: key))
            }
        }

        mergeAcronymsAndTails(&organizations)
        // Unknown single words that match an organisation or place join it.
        var remaining: [Group] = []
        // The first organisation with each key and with each initials, found once.
        var organizationOfKey: [String: Int] = [:], organizationOfInitials: [String: Int] = [:]
        for (position, organization) in organizations.enumerated().reversed() {
            organizationOfKey[organization.key] = position
            organizationOfInitials[NameKey.initials(organization.members[0].words)] = position
        }
        for other in others {
            let byKey = organizationOfKey[other.key]
            let byInitials = other.members[0].isAcronym ? organizationOfInitials[other.key] : nil
            if let target = [byKey, byInitials].compactMap({ $0 }).min() {
                organizations[target].members.append(contentsOf: other.members)
            } else {
                remaining.append(other)
            }
        }

        let groups = people + organizations + places.values.sorted { $0.key < $1.key } + remaining
        return groups.map(entity).sorted { ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0) }
    }

    private func addOrganization(_ candidate: NameCandidate, words: [String], to groups: inout [Group], index: inout GroupIndex) {
        let key = words.joined(separator: " ")
        if let position = index.organizationOfKey[key] {
            groups[position].members.append(candidate)
        } else {
            index.organizationOfKey[key] = groups.count
            groups.append(Group(type: .organization, members: [candidate], words: words, key: key))
        }
    }

    /// Joins a full name to the first person with the same surname and a compatible given name.
    private func addPerson(_ candidate: NameCandidate, words: [String], to people: inout [Group], index: inout GroupIndex) {
        let surname = words.last ?? ""
        if let position = index.peopleOfSurname[surname]?.first(where: { Self.givenNamesAgree(people[$0].words, words) }) {
            people[position].members.append(candidate)
            if words.count > people[position].words.count { people[position].words = words }
        } else {
            index.peopleOfSurname[surname, default: []].append(people.count)
            people.append(Group(type: .person, members: [candidate], words: words, key: words.joined(separator: " ")))
        }
    }

    /// The first position of an ascending list whose value is `value` or more.
    private static func firstPosition(notBelow value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
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
