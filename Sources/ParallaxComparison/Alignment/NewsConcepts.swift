import ParallaxAnalysis

/// Words news reports use interchangeably for one notion, so that "Medvedev publicly criticised Putin's
/// comments" and "Medvedev issued a rare rebuke of Putin's statements" share features. A general lexicon of
/// reporting and conflict vocabulary (stems, after `SpellingKey`), not any one story's words.
enum NewsConcepts {
    private static let groups: [[String]] = [
        ["criticize", "criticized", "criticizes", "criticism", "rebuke", "rebuked", "condemn", "condemned",
         "denounce", "denounced", "slam", "slammed", "blast", "blasted", "chide", "chided", "reproach", "scold",
         "scolded", "censure", "censured", "attack", "attacked"],
        ["comment", "comments", "statement", "statements", "remark", "remarks", "words", "declaration"],
        ["ceasefire", "cease-fire", "truce", "armistice"],
        ["kill", "killed", "killing", "dead", "death", "deaths", "die", "died", "casualty", "casualties", "fatality",
         "fatalities", "victim", "victims"],
        ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombardment", "offensive"],
        ["abstain", "abstained", "abstention", "abstaining"],
        ["resign", "resigned", "resignation", "quit", "step", "stepped"],
        ["elect", "elected", "election", "vote", "voted", "ballot", "poll", "polls"],
        ["arrest", "arrested", "detain", "detained", "detention", "custody"],
        ["meet", "met", "meeting", "talks", "session", "summit"],
        ["phone", "telephone"],
        ["lie", "lies", "lying", "lied", "falsehood", "falsehoods"],
        ["civilian", "civilians", "noncombatant", "noncombatants"],
        ["troops", "soldiers", "forces", "military"],
        ["earthquake", "quake", "tremor", "temblor"],
        ["fire", "blaze", "wildfire", "flames"],
        ["shooting", "shot", "gunman", "gunfire"],
        ["acquire", "acquired", "acquisition", "buy", "bought", "purchase", "takeover"],
    ]

    /// Stem → concept name.
    static let conceptOfStem: [String: String] = {
        var map: [String: String] = [:]
        for group in groups {
            let name = EnglishStemmer.stem(group[0])
            for word in group { map[EnglishStemmer.stem(SpellingKey.american(word))] = name }
        }
        return map
    }()
}
