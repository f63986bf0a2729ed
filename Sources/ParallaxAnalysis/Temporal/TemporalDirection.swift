/// Whether a date written without its year or week ("Wednesday", "March 3", "in October") lies after or before
/// the publication date, read from the tense of its clause: "will meet on Wednesday" and "is scheduled for
/// March 3" look forward, "met on Wednesday" and "last October" look back.
public enum TemporalDirection: Sendable {
    case forward, backward, unknown

    /// Words that put a clause in the future: auxiliaries, schedules and plans.
    static let forwardCues: Set<String> = [
        "will", "'ll", "’ll", "shall", "won't", "won’t", "scheduled", "slated", "due", "expected", "expects", "expect",
        "planning", "upcoming", "should", "might", "must", "next", "tomorrow", "until", "till", "going", "coming",
        "intends", "intend", "aims", "hopes", "forthcoming", "set", "begins", "starts", "opens",
    ]
    /// Words that put a clause in the past. Regular past forms ("announced") are caught by their ending.
    static let backwardCues: Set<String> = [
        "last", "ago", "was", "were", "had", "did", "said", "told", "met", "held", "began", "fell", "rose", "took",
        "made", "came", "went", "saw", "gave", "won", "lost", "left", "struck", "hit", "sold", "bought", "paid",
        "spent", "wrote", "became", "earlier", "previously", "past", "since", "ran", "led", "cut", "shot", "found", "got", "grew", "knew", "brought", "thought", "sent", "built", "kept",
        "felt", "heard", "stood", "understood", "chose", "spoke", "broke", "drove", "flew", "fought", "ate",
    ]
    /// "-ed" words that speak of the future: "scheduled for", "expected on".
    static let futureParticiples: Set<String> = ["scheduled", "expected", "planned", "slated", "needed", "proposed"]
    /// "-ed" words that are no past tense: numbers, names, adjectives.
    static let notPastForms: Set<String> = [
        "hundred", "united", "indeed", "speed", "proceed", "succeed", "exceed", "based", "related", "limited",
        "advanced", "detailed", "interested", "concerned", "supposed", "unexpected", "unprecedented", "breed",
        "greed", "embed", "naked", "wicked", "sacred", "beloved", "alleged", "armed", "biased", "qualified",
        "skilled", "talented", "required", "unidentified",
    ]

    /// Tokens that end a clause: the tense of the next clause says nothing about this one.
    static let clauseEnds: Set<String> = [".", "!", "?", ";", ":", "\"", "“", "”"]

    /// The direction of the date spanning tokens `first...last`: the nearest tense cue before it in its clause,
    /// else the nearest after it ("On Wednesday, the leaders will meet"), else unknown.
    static func of(first: Int, last: Int, tokens: [Token], lower: TokenTexts, window: Int = 12) -> TemporalDirection {
        var index = first - 1
        while index >= 0, first - index <= window {
            let word = lower[index]
            if clauseEnds.contains(word) || tokens[index + 1].startsParagraph { break }
            // A participle after "be" ("will be held", "is to be signed") says nothing of the time: the
            // auxiliary before it does.
            if index > 0, ["be", "been", "being"].contains(lower[index - 1]) {
                index -= 1
                continue
            }
            if let direction = cue(word, next: index + 1 < lower.count ? lower[index + 1] : "") { return direction }
            index -= 1
        }
        index = last + 1
        while index < tokens.count, index - last <= window {
            let word = lower[index]
            if clauseEnds.contains(word) || tokens[index].startsParagraph { break }
            if let direction = cue(word, next: index + 1 < lower.count ? lower[index + 1] : "") { return direction }
            index += 1
        }
        return .unknown
    }

    private static func cue(_ word: String, next: String) -> TemporalDirection? {
        // "is to visit", "are to meet": an arrangement.
        if (word == "is" || word == "are") && next == "to" { return .forward }
        // "an event to be held on October 12": still to come.
        if word == "to" && next == "be" { return .forward }
        // "may be signed", "could be delayed": a modal before a passive looks ahead.
        if ["may", "might", "could", "would"].contains(word) && next == "be" { return .forward }
        if word == "set" { return next == "to" || next == "for" ? .forward : nil }
        // "plans to close", "the plan is to": a plan; "announced plans on Friday": a noun, no tense.
        if word == "plans" || word == "plan" || word == "planned" { return next == "to" ? .forward : nil }
        if forwardCues.contains(word) { return .forward }
        if backwardCues.contains(word) { return .backward }
        if word.count >= 5, word.hasSuffix("ed"), !word.contains("-"), !futureParticiples.contains(word),
           !notPastForms.contains(word) { return .backward }
        return nil
    }

    /// Picks among (candidate, distance from the reference in units): forward, the nearest at or after the
    /// reference; backward, the nearest at or before it; unknown, the nearest (a tie goes back: news reports the past).
    func choose<T>(_ candidates: [(T, Int)]) -> T? {
        switch self {
        case .forward:
            if let next = candidates.filter({ $0.1 >= 0 }).min(by: { $0.1 < $1.1 }) { return next.0 }
        case .backward:
            if let last = candidates.filter({ $0.1 <= 0 }).max(by: { $0.1 < $1.1 }) { return last.0 }
        case .unknown:
            break
        }
        return candidates.min { (abs($0.1), $0.1 > 0 ? 1 : 0) < (abs($1.1), $1.1 > 0 ? 1 : 0) }?.0
    }
}
