/// The first sentence of a paragraph, used as the title of a report that has no headline line.
enum LeadSentence {
    /// Words before a full stop that do not end a sentence ("Mr. Gates", "U.S. officials", "Jan. 5").
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "ft", "mt", "u.s", "u.n", "u.k", "e.u",
    ]

    /// The opening sentence, without a dateline, shortened at a clause boundary when it runs long.
    static func title(fromOpeningParagraph paragraph: String, dateline: Dateline?) -> String? {
        var text = Substring(paragraph)
        if dateline != nil, let dash = text.firstIndex(where: { $0 == "—" || $0 == "–" }) ?? text.range(of: " - ")?.lowerBound {
            text = text[text.index(after: dash)...].drop { $0 == " " || $0 == "-" }
        }
        let sentence = firstSentence(of: text).trimmingCharacters(in: " .")
        guard !sentence.isEmpty else { return nil }
        let words = sentence.split(separator: " ")
        guard words.count > 20 else { return String(sentence) }
        // A long lead usually states the news before its first comma after a few words.
        var count = 0
        for (index, word) in words.enumerated() {
            count += 1
            if index >= 5, word.hasSuffix(",") {
                return words[...index].joined(separator: " ").trimmingCharacters(in: ",")
            }
        }
        return words.prefix(20).joined(separator: " ") + " …"
    }

    static func firstSentence(of text: Substring) -> Substring {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?".contains(character), next == text.endIndex || text[next] == " " {
                if character != "." || !endsWithAbbreviation(text[..<index]) { return text[...index] }
            }
            index = next
        }
        return text
    }

    private static func endsWithAbbreviation(_ text: Substring) -> Bool {
        let word = text.split(separator: " ").last ?? ""
        if word.count == 1, word.first!.isUppercase { return true } // an initial: "Robert M. Gates"
        return abbreviations.contains(word.lowercased())
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let start = firstIndex(where: { !characters.contains($0) }) else { return "" }
        let end = lastIndex(where: { !characters.contains($0) })!
        return String(self[start...end])
    }
}
