/// The news agencies whose names mark wire copy, each with the forms a page may write it in.
///
/// This is a list of agencies (a general gazetteer), not of any one story's outlets.
enum NewsAgency {
    /// Canonical short name and the other names it goes by.
    private static let agencies: [(name: String, aliases: [String])] = [
        ("AP", ["Associated Press", "The Associated Press"]),
        ("AFP", ["Agence France-Presse", "Agence France Presse", "Agence France-Press"]),
        ("Reuters", ["Thomson Reuters"]),
        ("dpa", ["DPA", "Deutsche Presse-Agentur"]),
        ("EFE", ["Agencia EFE"]),
        ("ANSA", []),
        ("Xinhua", ["Xinhua News Agency"]),
        ("TASS", ["ITAR-TASS"]),
        ("RIA Novosti", []),
        ("Interfax", []),
        ("Kyodo", ["Kyodo News"]),
        ("Yonhap", []),
        ("PA", ["Press Association", "PA Media"]),
        ("UPI", ["United Press International"]),
        ("Bloomberg", []),
        ("AAP", ["Australian Associated Press"]),
        ("CP", ["Canadian Press", "The Canadian Press"]),
        ("Anadolu", ["Anadolu Agency"]),
        ("PTI", ["Press Trust of India"]),
        ("IANS", []),
        ("ANI", []),
        ("Europa Press", []),
        ("APA", []),
        ("Belga", []),
        ("ANP", []),
        ("PAP", []),
        ("Ukrinform", []),
        ("IRNA", []),
        ("Bernama", []),
        ("Antara", []),
    ]

    /// The canonical name if `text` is exactly an agency's name or alias ("The Associated Press" → "AP").
    static func canonicalName(of text: some StringProtocol) -> String? {
        let trimmed = text.trimmingSpacesAndPunctuation()
        for agency in agencies {
            if trimmed == agency.name || agency.aliases.contains(where: { $0.caseInsensitiveEquals(trimmed) }) {
                return agency.name
            }
            // Long names are matched without case ("REUTERS"); two-letter codes only as written.
            if agency.name.count > 3, agency.name.caseInsensitiveEquals(trimmed) { return agency.name }
        }
        return nil
    }

    /// The first agency named anywhere in `text`, as a whole word ("- Associated Press - Tuesday" → "AP").
    static func firstMentioned(in text: some StringProtocol) -> String? {
        let words = text.split { !($0.isLetter || $0 == "-") }
        let maxWords = 4
        for start in words.indices {
            for length in (1...maxWords).reversed() where start + length <= words.count {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                if let name = canonicalName(of: phrase) { return name }
            }
        }
        return nil
    }
}

extension StringProtocol {
    func caseInsensitiveEquals(_ other: some StringProtocol) -> Bool {
        lowercased() == other.lowercased()
    }

    /// Drops spaces and punctuation from both ends ("(AP) —" → "AP").
    func trimmingSpacesAndPunctuation() -> Substring {
        let isEdge: (Character) -> Bool = { !($0.isLetter || $0.isNumber) }
        guard let start = firstIndex(where: { !isEdge($0) }) else { return "" }
        let end = lastIndex(where: { !isEdge($0) })!
        return Substring(self[start...end])
    }
}
