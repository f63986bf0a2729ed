/// What the attribution of quotes looks up, worked out once an article's quotation marks are paired, so that no
/// stretch of tokens is scanned again for every quote: in a text that is one long sentence (no full stops, as
/// pasted or hostile text can be), rescanning the sentence for each quote costs the square of its length.
struct QuoteContext {
    /// For each sentence: its subject (token range), when its opening words name one.
    var sentenceSubjects = CompactRanges(count: 0)
    /// The tokens outside quotes that start a reporting cue, ascending.
    var unquotedCues: [Int] = []
    /// The tokens that belong to a person's mention outside quotes, ascending: few, where an index of the last
    /// one for every token took 4 to 8 bytes a token.
    var personMentionTokens: [Int] = []

    /// The sentence's cue nearest before `position`, or else its first cue.
    func cue(in sentence: Range<Int>, nearestBefore position: Int) -> Int? {
        let first = firstCue(atOrAfter: sentence.lowerBound)
        guard first < unquotedCues.count, unquotedCues[first] < sentence.upperBound else { return nil }
        let later = firstCue(atOrAfter: position)
        return later > first ? unquotedCues[later - 1] : unquotedCues[first]
    }

    /// The last token at or before `token` that belongs to a person's mention outside quotes, or -1.
    func lastPersonMention(atOrBefore token: Int) -> Int {
        var low = 0, high = personMentionTokens.count
        while low < high {
            let middle = (low + high) / 2
            if personMentionTokens[middle] <= token { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? personMentionTokens[low - 1] : -1
    }

    /// The position in `unquotedCues` of the first cue at or after `token`.
    private func firstCue(atOrAfter token: Int) -> Int {
        var low = 0, high = unquotedCues.count
        while low < high {
            let middle = (low + high) / 2
            if unquotedCues[middle] < token { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
