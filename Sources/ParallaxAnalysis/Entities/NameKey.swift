/// Keys that make two spellings of a name compare equal: folded, transliterated, without particles and
/// initials ("Robert M. Gates" → ["robert", "gates"]; "el-Sisi" → ["sisi"]; "U.N." → ["un"]).
enum NameKey {
    /// "al-" with its folded form "al", which is what remains of it in a key.
    private static let bareArabicPrefixes = NameLexicon.arabicArticlePrefixes.map { ($0, String($0.dropLast())) }

    /// The significant words of a name, folded.
    static func words(_ words: [String]) -> [String] {
        words.compactMap { word in
            let lower = word.lowercased()
            if NameLexicon.nameParticles.contains(lower) || lower == "of" || lower == "for" { return nil }
            // An initial ("M.") says little and is often left out.
            if word.count == 2, word.hasSuffix("."), word.first!.isUppercase { return nil }
            var folded = TextNormalizer.key(word)
            if lower.contains("-") {
                for (prefix, bare) in bareArabicPrefixes where lower.hasPrefix(prefix) && folded.count > bare.count + 2 {
                    folded = String(folded.dropFirst(bare.count))
                    break
                }
            }
            return folded.isEmpty ? nil : folded
        }
    }

    /// The whole name as one key: "un security council".
    static func phrase(_ words: [String]) -> String {
        Self.words(words).joined(separator: " ")
    }

    /// The initials of a multi-word name, skipping "of", "for", "and", "the": "World Trade Organisation" → "wto".
    static func initials(_ words: [String]) -> String {
        String(words.filter { !["of", "for", "and", "the", "on", "de", "la"].contains($0.lowercased()) }
            .compactMap { TextNormalizer.key($0).first })
    }
}
