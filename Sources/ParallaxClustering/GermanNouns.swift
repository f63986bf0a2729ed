/// German capitalises every noun, so a capitalised word inside a sentence is not a name there: "ein Mann",
/// "die Polizei", "in der vergangenen Woche". A noun follows a determiner, an inflected adjective or a numeral,
/// where a name seldom stands; elsewhere ("in Troy", "die Polizei von Troy", "US-Bundesstaat Michigan") a
/// capitalised word is still taken for a name. Without this a German report's names drown among its nouns, and
/// it cannot meet its English coverage through the names both carry.
enum GermanNouns {
    /// Whether a capitalised word after `previous` (folded to lower case; `wasLowercase` as written) is a noun,
    /// not a name. `hash` is the folded word's hash.
    static func nounFollows(_ previous: UnsafeBufferPointer<UInt8>, hash: UInt64, wasLowercase: Bool) -> Bool {
        if determiners.contains(hash) { return true }
        guard wasLowercase, previous.count >= 4, !notAdjectives.contains(hash) else { return false }
        // An inflected adjective: "vergangenen", "wenige", "neuer", "großes", "letztem".
        let last = previous[previous.count - 1], beforeLast = previous[previous.count - 2]
        return last == UInt8(ascii: "e")
            || beforeLast == UInt8(ascii: "e") && (last == UInt8(ascii: "n") || last == UInt8(ascii: "r")
                || last == UInt8(ascii: "s") || last == UInt8(ascii: "m"))
    }

    /// Articles, their contractions with prepositions, possessives, demonstratives and numerals, folded.
    private static let determiners: Set<UInt64> = Set([
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine",
        "keiner", "keines", "keinem", "keinen", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "fur",
        "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "unser", "unsere",
        "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "alle", "allen",
        "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "hundert", "tausend",
    ].map { FeatureHash.hash($0) })

    /// Words with an adjective's ending that are not adjectives and are often followed by a name.
    private static let notAdjectives: Set<UInt64> = Set([
        "uber", "unter", "hinter", "aber", "oder", "wieder", "spater", "immer", "sagte", "hatte", "wurde", "habe",
        "werde", "gegen", "neben", "zwischen", "haben", "hatten", "wurden", "waren", "sagten", "erklarte",
        "meinte", "betonte", "ohne", "seien", "sollen", "wollen", "konnen", "mussen",
    ].map { FeatureHash.hash($0) })
}
