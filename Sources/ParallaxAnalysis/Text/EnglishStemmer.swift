/// The Porter2 ("English Snowball") stemmer, written from Martin Porter's description.
///
/// ```swift
/// EnglishStemmer.stem("casualties")  // "casualti"
/// EnglishStemmer.stem("generously")  // "generous"
/// ```
/// Words with letters outside a–z are returned unchanged.
public enum EnglishStemmer {
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky",
        "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    private static let afterStep1a: Set<String> = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ]

    public static func stem(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.utf8.count > 2, lower.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x27 }) else { return lower }
        if let exception = exceptions[lower] { return exception }
        var stemmer = Porter2(Array(lower.utf8))
        stemmer.run()
        let result = String(decoding: stemmer.word, as: UTF8.self)
        return result
    }

    static func isException(afterStep1a word: String) -> Bool {
        afterStep1a.contains(word)
    }
}

private struct Porter2 {
    var word: [UInt8]
    var r1 = 0
    var r2 = 0

    private static let y = UInt8(ascii: "y"), capitalY = UInt8(ascii: "Y"), apostrophe = UInt8(ascii: "'")

    init(_ word: [UInt8]) {
        self.word = word
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }

    mutating func run() {
        if word.first == Self.apostrophe { word.removeFirst() }
        guard word.count > 2 else { return }
        markConsonantY()
        computeRegions()
        step0()
        step1a()
        if EnglishStemmer.isException(afterStep1a: String(decoding: word, as: UTF8.self)) {
            restoreY()
            return
        }
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        restoreY()
    }

    // MARK: Set-up

    /// A y at the start or after a vowel acts as a consonant: marked Y until the end.
    mutating func markConsonantY() {
        for index in word.indices where word[index] == Self.y {
            if index == 0 || Self.isVowel(word[index - 1]) { word[index] = Self.capitalY }
        }
    }

    mutating func restoreY() {
        for index in word.indices where word[index] == Self.capitalY { word[index] = Self.y }
    }

    private static let specialPrefixes: [[UInt8]] = ["gener", "commun", "arsen"].map { Array($0.utf8) }

    mutating func computeRegions() {
        let special = Self.specialPrefixes.first { word.starts(with: $0) }
        r1 = special?.count ?? regionStart(after: 0)
        r2 = regionStart(after: r1)
    }

    /// The position after the first non-vowel that follows a vowel, from `start`.
    func regionStart(after start: Int) -> Int {
        var index = start
        while index + 1 < word.count {
            if isVowel(at: index), !isVowel(at: index + 1) { return index + 2 }
            index += 1
        }
        return word.count
    }

    func isVowel(at index: Int) -> Bool {
        Self.isVowel(word[index])
    }

    func ends(with suffix: String) -> Bool {
        // Suffixes are short ASCII literals; comparing through a contiguous buffer avoids UTF8View iteration.
        var suffix = suffix
        return suffix.withUTF8 { bytes in
            guard bytes.count <= word.count else { return false }
            let offset = word.count - bytes.count
            for index in 0..<bytes.count where word[offset + index] != bytes[index] { return false }
            return true
        }
    }

    /// The longest of `suffixes` the word ends with.
    func longestSuffix(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where suffix.utf8.count > (best?.utf8.count ?? 0) && ends(with: suffix) {
            best = suffix
        }
        return best
    }

    mutating func replace(_ suffix: String, with replacement: String) {
        word.removeLast(suffix.utf8.count)
        word.append(contentsOf: replacement.utf8)
    }

    func suffixStart(_ suffix: String) -> Int {
        word.count - suffix.utf8.count
    }

    /// A short syllable ends at `end` (exclusive): non-vowel, vowel, non-vowel other than w, x, Y; or a vowel
    /// then a non-vowel at the start of the word.
    func endsWithShortSyllable(_ end: Int) -> Bool {
        if end == 2 { return isVowel(at: 0) && !isVowel(at: 1) }
        guard end >= 3 else { return false }
        let last = word[end - 1]
        return !isVowel(at: end - 3) && isVowel(at: end - 2) && !Self.isVowel(last)
            && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != Self.capitalY
    }

    func isShort() -> Bool {
        r1 >= word.count && endsWithShortSyllable(word.count)
    }

    func containsVowel(before end: Int) -> Bool {
        word[..<end].contains(where: Self.isVowel)
    }

    // MARK: Steps

    mutating func step0() {
        if let suffix = longestSuffix(["'s'", "'s", "'"]) { word.removeLast(suffix.utf8.count) }
    }

    mutating func step1a() {
        if ends(with: "sses") {
            replace("sses", with: "ss")
        } else if ends(with: "ied") || ends(with: "ies") {
            replace(ends(with: "ied") ? "ied" : "ies", with: word.count > 4 ? "i" : "ie")
        } else if ends(with: "us") || ends(with: "ss") {
            return
        } else if ends(with: "s") {
            // Delete if a vowel comes before the letter preceding the s.
            if word.count >= 3, containsVowel(before: word.count - 2) { word.removeLast() }
        }
    }

    mutating func step1b() {
        if let suffix = longestSuffix(["eed", "eedly"]) {
            if suffixStart(suffix) >= r1 { replace(suffix, with: "ee") }
            return
        }
        guard let suffix = longestSuffix(["ed", "edly", "ing", "ingly"]), containsVowel(before: suffixStart(suffix))
        else { return }
        word.removeLast(suffix.utf8.count)
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            word.append(UInt8(ascii: "e"))
        } else if let last = word.last, word.count >= 2, word[word.count - 2] == last, "bdfgmnprt".utf8.contains(last) {
            word.removeLast()
        } else if isShort() {
            word.append(UInt8(ascii: "e"))
        }
    }

    mutating func step1c() {
        guard let last = word.last, last == Self.y || last == Self.capitalY, word.count > 2, !isVowel(at: word.count - 2)
        else { return }
        word[word.count - 1] = UInt8(ascii: "i")
    }

    private static let step2Rules: [(String, String)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"),
        ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ]

    private static let step2Suffixes = step2Rules.map(\.0)
    private static let step2Replacements = Dictionary(uniqueKeysWithValues: step2Rules)

    mutating func step2() {
        guard let suffix = longestSuffix(Self.step2Suffixes), suffixStart(suffix) >= r1 else { return }
        let replacement = Self.step2Replacements[suffix]!
        switch suffix {
        case "ogi":
            if suffixStart(suffix) > 0, word[suffixStart(suffix) - 1] == UInt8(ascii: "l") { replace(suffix, with: replacement) }
        case "li":
            if suffixStart(suffix) > 0, "cdeghkmnrt".utf8.contains(word[suffixStart(suffix) - 1]) { word.removeLast(2) }
        default:
            replace(suffix, with: replacement)
        }
    }

    private static let step3Rules: [(String, String)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ]

    private static let step3Suffixes = step3Rules.map(\.0)
    private static let step3Replacements = Dictionary(uniqueKeysWithValues: step3Rules)

    mutating func step3() {
        guard let suffix = longestSuffix(Self.step3Suffixes), suffixStart(suffix) >= r1 else { return }
        if suffix == "ative" {
            if suffixStart(suffix) >= r2 { word.removeLast(5) }
            return
        }
        replace(suffix, with: Self.step3Replacements[suffix]!)
    }

    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
    ]

    mutating func step4() {
        guard let suffix = longestSuffix(Self.step4Suffixes), suffixStart(suffix) >= r2 else { return }
        if suffix == "ion" {
            let before = suffixStart(suffix) - 1
            guard before >= 0, word[before] == UInt8(ascii: "s") || word[before] == UInt8(ascii: "t") else { return }
        }
        word.removeLast(suffix.utf8.count)
    }

    mutating func step5() {
        guard let last = word.last else { return }
        let position = word.count - 1
        if last == UInt8(ascii: "e") {
            if position >= r2 || (position >= r1 && !endsWithShortSyllable(position)) { word.removeLast() }
        } else if last == UInt8(ascii: "l"), position >= r2, position > 0, word[position - 1] == UInt8(ascii: "l") {
            word.removeLast()
        }
    }
}
