/// Tells page furniture and metadata lines ("Comments 0 comments", "Click to Hide", "© 2011 AFP",
/// "- Associated Press - Tuesday, March 22, 2011") from the lines of the story itself.
///
/// The rules are general: what a line says (a date, a credit, words of page chrome), how it is shaped (short,
/// without sentence punctuation) and where it sits (at either end of the text).
enum LineClassifier {
    /// Words that page chrome is made of: buttons, counters, sharing and navigation.
    private static let furnitureWords: Set<String> = [
        "click", "tap", "comment", "comments", "share", "shares", "tweet", "email", "e-mail", "print", "subscribe",
        "subscription", "sign", "login", "log", "register", "read", "more", "hide", "show", "advertisement",
        "advertising", "sponsored", "related", "recommended", "follow", "newsletter", "like", "reply", "replies",
        "view", "views", "photo", "photos", "video", "gallery", "article", "articles", "story", "stories", "here",
        "back", "top", "next", "previous", "page", "menu", "search", "home", "link", "permalink", "rss", "feed",
        "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "copy", "save", "bookmark", "close",
        "expand", "collapse", "to", "this", "the", "on", "in", "of", "for", "a", "and", "or", "now", "us", "up",
        // "Advertisement" in the languages Parallax identifies.
        "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie", "reklama",
        "реклама", "реклама", "reklam", "إعلان", "广告", "広告",
    ]

    /// The words of `furnitureWords` that carry meaning: a line made only of "to the of" is not chrome.
    private static let chromeWords: Set<String> = furnitureWords.subtracting([
        "to", "this", "the", "on", "in", "of", "for", "a", "and", "or", "now", "us", "up", "here", "more", "back",
        "top", "next", "page", "read", "story", "article",
    ])

    static func words(of line: some StringProtocol) -> [Substring] {
        line.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }.map { Substring($0) }
    }

    /// Whether the line reads as running text: it ends like a sentence.
    static func endsLikeSentence(_ line: some StringProtocol) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
        return ".!?\"”’'»…:;)".contains(last)
    }

    /// A copyright or credit line: "© 2011 AFP", "(c) Reuters 2011", "Copyright 2011 The Associated Press."
    static func isCredit(_ line: some StringProtocol) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("©") || lower.hasPrefix("(c)") || lower.hasPrefix("copyright")
            || lower.contains("all rights reserved")
    }

    /// A line made of page chrome: every word is a chrome word or a number, and at least one is a chrome word.
    static func isFurniture(_ line: some StringProtocol) -> Bool {
        let words = words(of: line)
        guard !words.isEmpty, words.count <= 12 else { return false }
        var sawChrome = false
        for word in words {
            let lower = word.lowercased()
            if chromeWords.contains(lower) { sawChrome = true; continue }
            if furnitureWords.contains(lower) || word.allSatisfy(\.isNumber) { continue }
            return false
        }
        return sawChrome
    }

    /// A short line that is no sentence, as found at either end of a page ("Click to Hide", "Tuesday, March 22").
    static func isShortNonSentence(_ line: some StringProtocol, maxWords: Int = 8) -> Bool {
        !endsLikeSentence(line) && words(of: line).count <= maxWords
    }

    /// A metadata line: a date or an agency credit with little else, and no sentence.
    static func isMetadata(_ line: some StringProtocol) -> Bool {
        guard !endsLikeSentence(line) || isCredit(line), words(of: line).count <= 16 else { return false }
        return DateFinder.firstDate(in: line) != nil || isCredit(line) || NewsAgency.canonicalName(of: line) != nil
    }
}
