/// Folds British and American spellings together before stemming, so that "defence" meets "defense",
/// "authorising" meets "authorizing" and "criticised" meets "criticized". Applied to every word alike, so a
/// rule that also changes other words ("promise" → "promize") changes them everywhere and does no harm.
public enum SpellingKey {
    private static let suffixes: [(british: String, american: String)] = [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("ogue", "og"), ("ogues", "ogs"),
        ("ours", "ors"), ("our", "or"), ("tres", "ters"), ("tre", "ter"), ("lled", "led"), ("lling", "ling"),
    ]
    private static let words: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
        "programme": "program", "programmes": "programs", "grey": "gray", "whilst": "while", "amongst": "among",
    ]

    /// The American form of a lower-case word.
    public static func american(_ word: String) -> String {
        if let known = words[word] { return known }
        guard word.utf8.count > 5 else { return word }
        for (british, american) in suffixes where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }
}
