/// Finds what the sources of an article said: direct quotes between quotation marks and reported speech,
/// each with its speaker and reporting cue.
///
/// Attribution looks, in order, after a quote ("…,” Gates said" / "…,” said Gates"), before it ("Gates said:
/// “…"), and elsewhere in its sentence (a partial quote: Gates responded that the coalition is “going to great
/// lengths”). Pronouns are resolved to the last person named before the quote. A quote without attribution that
/// follows a quote in its paragraph ("“…,” she said. “…?”") continues it.
struct QuoteExtractor {
    let text: TextView
    let tokens: [Token]
    let strings: TokenStrings
    let sentences: [Sentence]
    let entities: [ArticleEntity]

    /// For each token: the (entity, mention) it is part of, if any.
    private var mentionOfToken = TokenMentions(count: 0)
    /// For each token: whether it lies inside a direct quote (marks included).
    private var quoted: [Bool] = []
    /// What is worked out once the quotes are marked, so that no token is scanned again for each quote: a text
    /// that is one long sentence would otherwise cost the square of its length.
    private var context = QuoteContext()

    init(text: TextView, tokens: [Token], strings: TokenStrings, sentences: [Sentence], entities: [ArticleEntity]) {
        self.text = text
        self.tokens = tokens
        self.strings = strings
        self.sentences = sentences
        self.entities = entities
        mentionOfToken = TokenMentions(count: tokens.count)
        var cursor = 0
        let mentions = entities.enumerated().flatMap { entity in
            entity.element.mentions.enumerated().map { (entity: entity.offset, mention: $0.offset, range: $0.element.start..<$0.element.end) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for mention in mentions {
            while cursor < tokens.count, tokens[cursor].end <= mention.range.lowerBound { cursor += 1 }
            var index = cursor
            while index < tokens.count, tokens[index].start < mention.range.upperBound {
                mentionOfToken[index] = (mention.entity, mention.mention)
                index += 1
            }
        }
        quoted = [Bool](repeating: false, count: tokens.count)
    }

    // MARK: Direct quotes

    private struct Attribution {
        var speaker: Range<Int>?  // token indices
        var cue: Range<Int>?
    }

    mutating func quotes() -> [Quote] {
        // Marks around no word or figure (`" "`, `“…”`) quote nothing.
        let spans = QuoteMarks.spans(tokens, strings: strings).filter { span in
            span.open + 1 < span.close && tokens[(span.open + 1)..<span.close].contains { $0.kind != .punctuation }
        }
        for span in spans {
            for index in span.open...span.close { quoted[index] = true }
        }
        var subjects = CompactRanges(count: sentences.count)
        for (index, sentence) in sentences.enumerated() { subjects[index] = sentenceSubject(sentence.tokens) }
        context = QuoteContext(sentenceSubjects: subjects,
                               unquotedCues: tokens.indices.filter { !quoted[$0] && cue(at: $0) != nil },
                               personMentionTokens: personMentionTokens())
        var direct: [(span: QuoteMarks.Span, attribution: Attribution, fromContext: Bool)] = []
        for span in spans {
            if let attribution = attributionAfter(span) ?? attributionBefore(span) ?? attributionInSentence(span) {
                direct.append((span, attribution, false))
            } else if !opensSentence(span) {
                // A phrase quoted inside a sentence without a reporting verb is its subject's words, if anyone's.
                let subject = context.sentenceSubjects[sentenceIndex(of: span.open)]
                direct.append((span, Attribution(speaker: subject, cue: nil), false))
            } else {
                direct.append((span, Attribution(), true))
            }
        }
        // Merge: "“A,” he said, “B.”" and "“A,” she said. “B?”" are one quote when B has no attribution of its own.
        var merged: [(spans: [QuoteMarks.Span], attribution: Attribution)] = []
        for item in direct {
            if item.fromContext, let last = merged.last, let lastSpan = last.spans.last,
               item.span.open - lastSpan.close <= 80, sameParagraph(lastSpan.close, item.span.open),
               last.attribution.speaker != nil {
                merged[merged.count - 1].spans.append(item.span)
                continue
            }
            merged.append(([item.span], item.attribution))
        }
        var quotes: [Quote] = []
        var lastSpeaker: (Range<Int>, paragraphStart: Int)?
        for item in merged {
            var attribution = item.attribution
            let first = item.spans[0]
            // No attribution anywhere: a quote that opens a paragraph right after another speaker's quote continues it.
            if attribution.speaker == nil, opensSentence(first), let previous = lastSpeaker,
               first.open - previous.paragraphStart < 400 {
                attribution.speaker = previous.0
            }
            if let speaker = attribution.speaker { lastSpeaker = (speaker, first.open) }
            quotes.append(makeQuote(.direct, fragments: item.spans.flatMap(fragments), attribution: attribution,
                                    quoteStart: first.open))
        }
        return quotes + indirectQuotes()
    }

    private func opensSentence(_ span: QuoteMarks.Span) -> Bool {
        sentences[sentenceIndex(of: span.open)].tokens.lowerBound == span.open
    }

    /// The token ranges of a span's content: one per paragraph of a multi-paragraph quote.
    private func fragments(_ span: QuoteMarks.Span) -> [ClosedRange<Int>] {
        var pieces: [ClosedRange<Int>] = []
        var start = span.open
        for reopening in span.reopenings {
            pieces.append(start...max(start, reopening - 1))
            start = reopening
        }
        pieces.append(start...span.close)
        return pieces
    }

    private func sameParagraph(_ first: Int, _ second: Int) -> Bool {
        first <= second && !tokens[(first + 1)...second].contains { $0.startsParagraph }
    }

    /// "…,” Gates said." / "…,” said Gates." / "…,” he told reporters."
    private func attributionAfter(_ span: QuoteMarks.Span) -> Attribution? {
        var index = span.close + 1
        guard index < tokens.count, !tokens[index].startsParagraph else { return nil }
        // An epigraph: "“…” ― Pamela Padilla".
        if ["—", "―", "–", "-"].contains(strings.original[index]),
           let speaker = phrase(startingAt: index + 1, limit: min(tokens.count, index + 8)), isCapitalized(speaker.lowerBound) {
            return Attribution(speaker: speaker, cue: index..<(index + 1))
        }
        if strings.original[index] == "," { index += 1 }
        let limit = min(tokens.count, index + 10)
        guard index < limit, !tokens[index].startsParagraph else { return nil }
        // Inverted: the cue first, then the speaker.
        if let cue = self.cue(at: index) {
            if let speaker = phrase(startingAt: cue.upperBound, limit: limit) { return Attribution(speaker: speaker, cue: cue) }
        }
        // Speaker, then cue; an apposition may come between: "Ki Hong, 33, said", "Santos, legal director …, said".
        if let speaker = phrase(startingAt: index, limit: limit) {
            var cueIndex = speaker.upperBound
            if cueIndex < tokens.count, strings.original[cueIndex] == ",",
               let closing = (cueIndex + 1..<min(tokens.count, cueIndex + 16)).first(where: { strings.original[$0] == "," }) {
                cueIndex = closing + 1
            }
            let cueLimit = min(tokens.count, cueIndex + 4)
            while cueIndex < cueLimit, QuoteLexicon.fillers.contains(strings.lowercased[cueIndex]), cue(at: cueIndex) == nil { cueIndex += 1 }
            if cueIndex < cueLimit, let cue = self.cue(at: cueIndex) { return Attribution(speaker: speaker, cue: cue) }
        }
        return nil
    }

    /// "Gates said: “…" / "Gates told reporters that “…" / "According to Gates, “…".
    private func attributionBefore(_ span: QuoteMarks.Span) -> Attribution? {
        let sentenceStart = sentences[sentenceIndex(of: span.open)].tokens.lowerBound
        var index = span.open - 1
        // Skip the colon, comma or "that" before the mark, and a "told reporters" object.
        var skipped = 0
        while index >= sentenceStart, skipped < 5, cue(at: index) == nil {
            index -= 1
            skipped += 1
        }
        guard index >= sentenceStart, let cue = self.cue(endingAt: index), !quoted[cue.lowerBound] else { return nil }
        if strings.lowercased[cue.lowerBound] == "according" {
            return phrase(startingAt: cue.upperBound, limit: span.open).map { Attribution(speaker: $0, cue: cue) }
        }
        return Attribution(speaker: subject(before: cue.lowerBound, sentenceStart: sentenceStart)
                               ?? context.sentenceSubjects[sentenceIndex(of: span.open)],
                           cue: cue)
    }

    /// A partial quote: the nearest cue in the sentence, outside quotes, before the quote if there is one.
    private func attributionInSentence(_ span: QuoteMarks.Span) -> Attribution? {
        let sentence = sentences[sentenceIndex(of: span.open)].tokens
        guard let index = context.cue(in: sentence, nearestBefore: span.open) else { return nil }
        let cueRange = self.cue(at: index)!
        if strings.lowercased[index] == "according" {
            return Attribution(speaker: phrase(startingAt: cueRange.upperBound, limit: sentence.upperBound), cue: cueRange)
        }
        let speaker = subject(before: index, sentenceStart: sentence.lowerBound)
            ?? context.sentenceSubjects[sentenceIndex(of: span.open)]
        return Attribution(speaker: speaker, cue: cueRange)
    }

    /// The subject of a sentence: the first name or "he"/"she" among its opening words, outside quotes
    /// ("On Monday, Mr. Putin railed …", "And he defended …").
    private func sentenceSubject(_ sentence: Range<Int>) -> Range<Int>? {
        var index = sentence.lowerBound
        var words = 0
        while index < sentence.upperBound, words < 8 {
            defer { index += 1 }
            guard tokens[index].kind == .word, !quoted[index] else { continue }
            words += 1
            if ["he", "she"].contains(strings.lowercased[index]) { return index..<(index + 1) }
            if let mention = mentionOfToken[index], entities[mention.entity].type != .place {
                var end = index + 1
                while end < sentence.upperBound, mentionOfToken[end].map({ $0 == mention }) ?? false { end += 1 }
                return index..<end
            }
        }
        return nil
    }

    // MARK: Cues and speakers

    /// A reporting cue starting at `index`: a verb, or "according to". Reported speech takes a wider set of
    /// verbs than the attribution of quotations.
    func cue(at index: Int, reported: Bool = false) -> Range<Int>? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let word = strings.lowercased[index]
        if word == "according", index + 1 < tokens.count, strings.lowercased[index + 1] == "to" { return index..<(index + 2) }
        let verbs = reported ? QuoteLexicon.reportingVerbs : QuoteLexicon.cueVerbs
        guard verbs.contains(word), !isInsideName(index) else { return nil }
        return index..<(index + 1)
    }

    /// Whether a capitalised word is part of a name found in the text: "States" in "the United States" is no
    /// verb. (A capital after a name is not enough: a headline writes "Trump Says …".)
    private func isInsideName(_ index: Int) -> Bool {
        isCapitalized(index) && mentionOfToken[index] != nil
    }

    private func cue(endingAt index: Int) -> Range<Int>? {
        if index >= 1, strings.lowercased[index] == "to", let cue = cue(at: index - 1), cue.count == 2 { return cue }
        return cue(at: index)
    }

    /// The noun phrase that starts at `index`: an entity mention (with the title before it), a pronoun, or
    /// "the Kremlin statement" (a determiner and a few words).
    func phrase(startingAt start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, start < tokens.count, tokens[start].kind == .word else { return nil }
        let word = strings.lowercased[start]
        if QuoteLexicon.personalPronouns.contains(word) { return start..<(start + 1) }
        var end = start
        // A lower-case role before a name: "master of ceremonies Asab Al-Tabchi", "spokesman John Kirby".
        while end < limit, end - start < 5, tokens[end].kind == .word, !isCapitalized(end), mentionOfToken[end] == nil,
              !QuoteLexicon.determiners.contains(strings.lowercased[end]) || end > start,
              !QuoteLexicon.personalPronouns.contains(strings.lowercased[end]) {
            end += 1
        }
        if end > start, !(end < limit && tokens[end].kind == .word && (isCapitalized(end) || mentionOfToken[end] != nil)) {
            end = start  // no name follows: not a role before a name
        }
        // Titles and names: a run of capitalised words, an entity mention, "Mr.".
        let nameStart = end
        while end < limit, end - nameStart < Self.longestName, tokens[end].kind == .word,
              mentionOfToken[end] != nil || isCapitalized(end) {
            end += 1
        }
        if end > nameStart { return start..<end }
        end = start
        if ["the", "a", "an", "his", "her", "their", "its", "one", "another"].contains(word) {
            end = start + 1
            while end < limit, end - start < 10, tokens[end].kind == .word || strings.original[end] == "’s" || strings.original[end] == "'s",
                  cue(at: end) == nil, !QuoteLexicon.phraseBreakers.contains(strings.lowercased[end]) {
                end += 1
            }
            return end > start + 1 ? start..<end : nil
        }
        return nil
    }

    /// The subject before a cue: skip fillers ("also", "has"), then walk back over the noun phrase.
    func subject(before cueIndex: Int, sentenceStart: Int) -> Range<Int>? {
        var end = cueIndex
        while end > sentenceStart, cueIndex - end < Self.longestFiller, QuoteLexicon.fillers.contains(strings.lowercased[end - 1]) {
            end -= 1
        }
        end = beforeTimeAdjunct(end, sentenceStart: sentenceStart)
        // An apposition before the verb: "Clinton's attorney, David Kendall, declined" — the name between commas,
        // or the phrase before them.
        if end > sentenceStart, strings.original[end - 1] == ",",
           let open = stride(from: end - 2, through: max(sentenceStart, end - 14), by: -1).first(where: { strings.original[$0] == "," }) {
            if open + 1 < end - 1, isCapitalized(open + 1) || mentionOfToken[open + 1] != nil {
                return (open + 1)..<(end - 1)
            }
            return subject(before: open, sentenceStart: sentenceStart)
        }
        guard end > sentenceStart, tokens[end - 1].kind == .word, !quoted[end - 1] else { return nil }
        if QuoteLexicon.personalPronouns.contains(strings.lowercased[end - 1]) { return (end - 1)..<end }
        var start = end - 1
        // An entity mention: take all of it, with capitalised words (titles) before it.
        if let mention = mentionOfToken[start] {
            while start > sentenceStart, mentionOfToken[start - 1].map({ $0 == mention }) ?? false { start -= 1 }
            while start > sentenceStart, end - start < Self.longestName, tokens[start - 1].kind == .word, isCapitalized(start - 1),
                  !quoted[start - 1] {
                start -= 1
            }
            return start..<end
        }
        // Otherwise a short noun phrase: "the Kremlin statement", "Russia's defense minister", "officials".
        if QuoteLexicon.phraseBreakers.contains(strings.lowercased[start]) { return nil }
        while start > sentenceStart, end - start < 7 {
            let previous = start - 1
            guard !quoted[previous], tokens[previous].kind == .word || strings.original[previous] == "’s" || strings.original[previous] == "'s" else { break }
            let lower = strings.lowercased[previous]
            if QuoteLexicon.phraseBreakers.contains(lower) || cue(at: previous) != nil { break }
            start = previous
            if QuoteLexicon.determiners.contains(lower) { break }
        }
        return isNounPhrase(start..<end) ? start..<end : nil
    }

    /// Where a subject ends when a time adjunct stands between it and its verb: "Russia's defense minister on
    /// Tuesday called" → before "on". Unchanged when the words before `end` are not a time adjunct.
    private func beforeTimeAdjunct(_ end: Int, sentenceStart: Int) -> Int {
        var start = end
        while start > sentenceStart, end - start < 4, tokens[start - 1].kind == .word,
              QuoteLexicon.timeWords.contains(strings.lowercased[start - 1]) {
            start -= 1
        }
        guard start < end else { return end }
        while start > sentenceStart, end - start < 5, tokens[start - 1].kind == .word,
              QuoteLexicon.timeOpeners.contains(strings.lowercased[start - 1]) {
            start -= 1
        }
        // Nothing before the adjunct: "Tuesday" opens the sentence and nothing else could be the subject.
        return start > sentenceStart ? start : end
    }

    /// Whether a span reads as a noun phrase naming someone: it opens with a determiner, a possessive or a
    /// capital, or is a plural noun ("officials"); not a verb phrase such as "began by".
    private func isNounPhrase(_ span: Range<Int>) -> Bool {
        let first = strings.lowercased[span.lowerBound]
        if QuoteLexicon.determiners.contains(first) || isCapitalized(span.lowerBound) { return true }
        if span.contains(where: { strings.original[$0] == "’s" || strings.original[$0] == "'s" }) { return true }
        let last = strings.lowercased[span.upperBound - 1]
        return span.count <= 2 && last.hasSuffix("s") && !last.hasSuffix("ss")
            && !QuoteLexicon.fillers.contains(last)
    }

    /// The most tokens read as one name with its titles ("U.S. Defense Secretary Robert M. Gates" is 6), and
    /// the most fillers read between a subject and its verb ("has also repeatedly"): longer runs are not speech
    /// being reported, and reading them whole for every quote would cost the square of a run.
    private static let longestName = 16
    private static let longestFiller = 6

    private func isCapitalized(_ index: Int) -> Bool {
        guard let first = strings.original[index].utf8.first else { return false }
        return first >= 0x41 && first <= 0x5A || first >= 0x80 && strings.original[index].unicodeScalars.first!.properties.isUppercase
    }

    /// The person a pronoun stands for: the last person named before `position`, outside quotes, preferring
    /// one named as a sentence's subject (first in the sentence) in the same or previous sentence.
    private func antecedent(before position: Int) -> (entity: Int, mention: Int)? {
        var fallback: (entity: Int, mention: Int)?
        let sentence = sentenceIndex(of: max(0, min(position, tokens.count - 1)))
        // From person to person, not token to token, and only so far: a text without names would otherwise be
        // walked back to its start for every "he said".
        var index = position > 0 ? context.lastPersonMention(atOrBefore: position - 1) : -1
        var visited = 0
        while index >= 0, visited < Self.antecedentReach {
            let mention = mentionOfToken[index]!
            if fallback == nil { fallback = mention }
            if sentence - sentenceIndex(of: index) > 3 { break }
            if isSubject(index) { return mention }
            visited += 1
            index = index > 0 ? context.lastPersonMention(atOrBefore: index - 1) : -1
        }
        return fallback
    }

    /// How many tokens of people's names `antecedent` looks at; four sentences of news name far fewer.
    private static let antecedentReach = 64

    /// The tokens that belong to a person's mention outside quotes, ascending.
    private func personMentionTokens() -> [Int] {
        tokens.indices.filter { index in
            !quoted[index] && mentionOfToken[index].map { entities[$0.entity].type == .person } ?? false
        }
    }

    /// The sentence a token is in (sentences run one after another over all the tokens), found by halving:
    /// an index for every token took 4 to 8 bytes a token.
    private func sentenceIndex(of token: Int) -> Int {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].tokens.upperBound <= token { low = middle + 1 } else { high = middle }
        }
        return min(low, max(0, sentences.count - 1))
    }

    /// Whether the mention at `index` is a subject: it opens its sentence (titles, quotes and "But" aside), or a
    /// reporting verb follows it ("…,” Mr. Gates told reporters").
    private func isSubject(_ index: Int) -> Bool {
        var end = index + 1
        while end < tokens.count, mentionOfToken[end].map({ $0 == mentionOfToken[index]! }) ?? false { end += 1 }
        let nameEnd = end
        while end < tokens.count, end - nameEnd < Self.longestFiller, QuoteLexicon.fillers.contains(strings.lowercased[end]),
              cue(at: end) == nil {
            end += 1
        }
        if end < tokens.count, cue(at: end) != nil { return true }
        var start = index
        while start > 0, mentionOfToken[start - 1].map({ $0 == mentionOfToken[index]! }) ?? false { start -= 1 }
        // An inverted attribution: "…,” said Mary Jones".
        if start > 0, cue(at: start - 1) != nil || (start > 1 && isCapitalized(start - 1) && cue(at: start - 2) != nil) {
            return true
        }
        // A name followed by a verb-like word: "Mr. Serdyukov tiptoed …" (not "to Mr. Gates at the end").
        // A possessive is no verb: "Mr. Putin’s statements" does not make Putin a subject.
        if end < tokens.count, tokens[end].kind == .word, !isCapitalized(end), !quoted[end],
           strings.original[end] != "’s", strings.original[end] != "'s",
           !NameLexicon.functionWords.contains(strings.lowercased[end]), !QuoteLexicon.phraseBreakers.contains(strings.lowercased[end]),
           strings.lowercased[end].hasSuffix("ed") || strings.lowercased[end].hasSuffix("s") {
            return true
        }
        let sentenceStart = sentences[sentenceIndex(of: index)].tokens.lowerBound
        var before = start - 1
        while before >= sentenceStart, start - before <= Self.longestName, tokens[before].kind != .word || isCapitalized(before)
                || ["but", "and", "then"].contains(strings.lowercased[before]) {
            before -= 1
        }
        return before < sentenceStart
    }

    // MARK: Building quotes

    private func makeQuote(_ kind: Quote.Kind, fragments: [ClosedRange<Int>], attribution: Attribution, quoteStart: Int) -> Quote {
        let first = fragments.first!.lowerBound, last = fragments.last!.upperBound
        var quote = Quote(
            kind: kind, text: text.string(from: tokens[first], to: tokens[last]), start: tokens[first].start,
            end: tokens[last].end, fragments: fragments.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound].end },
            speaker: nil, speakerStart: nil, speakerEnd: nil, speakerEntity: nil,
            cue: attribution.cue.map { text.string(from: tokens[$0.lowerBound], to: tokens[$0.upperBound - 1]) })
        guard let speaker = attribution.speaker else { return quote }
        quote.speaker = text.string(from: tokens[speaker.lowerBound], to: tokens[speaker.upperBound - 1])
        quote.speakerStart = tokens[speaker.lowerBound].start
        quote.speakerEnd = tokens[speaker.upperBound - 1].end
        let head = speaker.upperBound - 1
        let firstWord = strings.lowercased[speaker.lowerBound]
        if let mention = mentionOfToken[head], entities[mention.entity].type != .place {
            // The speaker's head word is a name: "Mr. Gates", "the Kremlin".
            quote.speakerEntity = entities[mention.entity].name
        } else if speaker.count == 1, ["he", "she"].contains(firstWord),
                  let mention = antecedent(before: min(speaker.lowerBound, quoteStart)) {
            quote.speakerEntity = entities[mention.entity].name
        } else if QuoteLexicon.voiceNouns.contains(strings.lowercased[head]),
                  let mention = speaker.reversed().lazy.compactMap({ self.mentionOfToken[$0] })
                    .first(where: { self.entities[$0.entity].type != .place }) {
            // The voice of an organisation or person: "the Kremlin statement", "a White House spokesman".
            quote.speakerEntity = entities[mention.entity].name
        } else if firstWord == "the", !isCapitalized(head), QuoteLexicon.personNouns(strings.lowercased[head]),
                  let mention = antecedent(before: min(speaker.lowerBound, quoteStart)) {
            // A definite description of a person already named: "the Pentagon chief", "the New York businessman".
            quote.speakerEntity = entities[mention.entity].name
        }
        return quote
    }

    // MARK: Reported speech

    /// "Gates said the coalition was …", "The coalition is …, Gates said.", "According to Gates, …"; every
    /// reporting clause of a sentence gives one.
    private func indirectQuotes() -> [Quote] {
        var quotes: [Quote] = []
        for sentence in sentences {
            let range = sentence.tokens
            let outside = range.filter { !quoted[$0] }
            // A sentence that is mostly a direct quote has been handled.
            guard outside.count * 2 > range.count else { continue }
            let contentEnd = lastContentToken(range)
            var covered = -1
            var found = 0
            for cueIndex in outside where cueIndex > covered && found < Self.reportingClausesPerSentence {
                guard let cue = self.cue(at: cueIndex, reported: true) else { continue }
                if let quote = indirectQuote(cue: cue, in: range, contentEnd: contentEnd) {
                    quotes.append(quote.quote)
                    covered = quote.lastToken
                    found += 1
                }
            }
        }
        return quotes
    }

    /// The most reporting clauses read in one sentence. Each clause's content runs to the sentence's end, so in
    /// "he said that she said that …" every clause would copy the rest of the sentence: the square of its length.
    /// A news sentence has one or two ("Gates said …, and Putin said …"); a long list of who reported what, five.
    static let reportingClausesPerSentence = 8

    private func indirectQuote(cue: Range<Int>, in range: Range<Int>, contentEnd: Int) -> (quote: Quote, lastToken: Int)? {
        let cueIndex = cue.lowerBound
        if strings.lowercased[cueIndex] == "according" {
            // "According to X, content." The comma closes a name: it is looked for only as far as a name reaches.
            let nameEnd = min(range.upperBound, cue.upperBound + 1 + Self.longestName * 2)
            guard let comma = (min(cue.upperBound + 1, nameEnd)..<nameEnd).first(where: { strings.original[$0] == "," }),
                  comma + 1 <= contentEnd, contentEnd - comma >= 3 else { return nil }
            let speaker = phrase(startingAt: cue.upperBound, limit: comma)
            return (makeQuote(.indirect, fragments: [(comma + 1)...contentEnd],
                              attribution: Attribution(speaker: speaker, cue: cue), quoteStart: comma + 1), contentEnd)
        }
        // "Content, X said." — the cue near the end, a comma before the speaker.
        if let speaker = subject(before: cueIndex, sentenceStart: range.lowerBound), speaker.lowerBound > range.lowerBound,
           strings.original[speaker.lowerBound - 1] == ",", cue.upperBound + 4 >= contentEnd + 1,
           speaker.lowerBound - 1 - range.lowerBound >= 4, !quoted[range.lowerBound] {
            return (makeQuote(.indirect, fragments: [range.lowerBound...(speaker.lowerBound - 2)],
                              attribution: Attribution(speaker: speaker, cue: cue), quoteStart: range.lowerBound), contentEnd)
        }
        // "X said (that) content."
        var start = cue.upperBound
        if QuoteLexicon.takesObject.contains(strings.lowercased[cueIndex]), start < contentEnd {
            // Skip the person told: up to "that", or a short phrase.
            if let that = (start..<min(contentEnd, start + 6)).first(where: { strings.lowercased[$0] == "that" }) {
                start = that
            } else if let object = phrase(startingAt: start, limit: contentEnd) {
                start = object.upperBound
            }
        }
        while start <= contentEnd, ["that", ",", ":"].contains(strings.lowercased[start]) { start += 1 }
        guard start <= contentEnd, contentEnd - start >= 3, !quoted[start],
              let speaker = subject(before: cueIndex, sentenceStart: range.lowerBound)
        else { return nil }
        return (makeQuote(.indirect, fragments: [start...contentEnd], attribution: Attribution(speaker: speaker, cue: cue),
                          quoteStart: start), cueIndex)
    }

    /// The last token of a sentence's content, without its final stop.
    private func lastContentToken(_ range: Range<Int>) -> Int {
        var end = range.upperBound - 1
        while end > range.lowerBound, tokens[end].kind == .punctuation, !quoted[end] { end -= 1 }
        return end
    }
}
