import Foundation

/// Finds the people, organisations and places named in an article.
///
/// Capitalised runs are candidates. Titles are split off ("US Defence Secretary" | "Robert Gates"), sentence
/// openers that are common words are dropped ("But", "Meanwhile", "Standing"), and each name's type comes from
/// evidence: a person's title, an organisation's head noun ("Ministry", "Council"), the gazetteer, acronyms,
/// "the" before a name ("the Kremlin"), the words after it ("Kremlin officials", "Chamov told"). Mentions are
/// then gathered into entities (`ArticleEntityResolver`).
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    let stopWords: StopWords

    public init(gazetteer: Gazetteer = .shipped, stopWords: StopWords = .shipped) {
        self.gazetteer = gazetteer
        self.stopWords = stopWords
    }

    public func entities(
        in text: TextView, tokens: [Token], strings: TokenStrings, sentences: [Sentence], language: String? = nil
    ) -> [ArticleEntity] {
        var scan = CandidateScan(recognizer: self, text: text, tokens: tokens, strings: strings, language: language)
        for (index, sentence) in sentences.enumerated() {
            scan.scan(sentence, index: index)
        }
        return ArticleEntityResolver(gazetteer: gazetteer).resolve(scan.candidates)
    }
}

/// A name found in the text, with the evidence for its type.
struct NameCandidate {
    var text: String
    /// Name tokens as written, without particles' influence on keys.
    var words: [String]
    var start: Int
    var end: Int
    var title: String?
    var sentence: Int
    /// `NameKey.words(words)`, computed once.
    var keyWords: [String] = []
    var evidence: EntityType?
    /// Evidence that only counts when nothing stronger is known ("the X", a speech verb after it).
    var weakEvidence: EntityType?
    var isAcronym: Bool
}

/// One pass over an article's tokens, sentence by sentence.
private struct CandidateScan {
    let recognizer: EntityRecognizer
    let text: TextView
    let tokens: [Token]
    let strings: TokenStrings
    /// The article's language; English rules apply when it is unknown.
    let language: String
    var candidates: [NameCandidate] = []
    /// Words seen in lower case somewhere in the article: their capitalised form at a sentence start is no name.
    let lowercaseWords: Set<String>
    /// Words seen capitalised away from a sentence start.
    var capitalizedInsideSentences: Set<String> = []
    /// Whether the sentence being scanned is written in title case (a headline).
    var inTitleCase = false

    init(recognizer: EntityRecognizer, text: TextView, tokens: [Token], strings: TokenStrings, language: String?) {
        self.recognizer = recognizer
        self.strings = strings
        self.language = language ?? "en"
        self.text = text
        self.tokens = tokens
        var lowercase = Set<String>()
        var capitalized = Set<String>()
        var previousWasBoundary = true
        for (index, token) in tokens.enumerated() {
            guard token.kind == .word else {
                let mark = strings.original[index]
                previousWasBoundary = Self.boundaryMarks.contains(mark) || token.startsParagraph
                continue
            }
            let word = strings.original[index]
            if !Self.startsUppercase(word) {
                lowercase.insert(word)
            } else if !previousWasBoundary && !token.startsParagraph {
                capitalized.insert(word)
            }
            previousWasBoundary = false
        }
        lowercaseWords = lowercase
        capitalizedInsideSentences = capitalized
    }

    private static let boundaryMarks: Set<String> = [".", "!", "?", "“", "\"", "‘", "«", ":", "—", "–", "("]
    private static let openingMarks: Set<String> = ["“", "\"", "‘", "«", ":", "("]

    func word(_ index: Int) -> String {
        strings.original[index]
    }

    func lower(_ index: Int) -> String {
        strings.lowercased[index]
    }

    /// Whether a word starts with a capital: a byte test for ASCII, Unicode properties otherwise.
    static func startsUppercase(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return word.unicodeScalars.first!.properties.isUppercase
    }

    func isWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && !isPossessive(index)
    }

    func isPossessive(_ index: Int) -> Bool {
        let string = word(index)
        return string.count == 2 && (string.hasSuffix("s") || string.hasSuffix("S")) && "'’‘".contains(string.first!)
    }

    /// Whether a token can be part of a name: capitalised, or an Arabic article before a capital ("al-Assad").
    func isNameWord(_ index: Int, insideRun: Bool) -> Bool {
        guard isWord(index) else { return false }
        let string = word(index)
        // Most words start with a lower-case ASCII letter and have no hyphen: no name, no lookups needed.
        if let first = string.utf8.first, first >= 0x61, first <= 0x7A, !string.utf8.contains(UInt8(ascii: "-")) {
            return false
        }
        let lower = self.lower(index)
        if !insideRun, NameLexicon.neverNames.contains(lower) { return false }
        if inTitleCase, lowercaseWords.contains(lower) || NameLexicon.functionWords.contains(lower) { return false }
        if Self.startsUppercase(string) { return true }
        guard string.utf8.contains(UInt8(ascii: "-")) else { return false }
        if let prefix = NameLexicon.arabicArticlePrefixes.first(where: { lower.hasPrefix($0) }),
           string.dropFirst(prefix.count).first?.isUppercase == true {
            return true
        }
        return false
    }

    /// Whether most words of a sentence are capitalised, as in a headline: then a capitalised word that the
    /// article also writes in lower case ("Says", "Will") is a common word, not part of a name.
    func isTitleCase(_ sentence: Sentence) -> Bool {
        let words = sentence.tokens.filter { isWord($0) }
        guard words.count >= 4 else { return false }
        let capitalized = words.filter { Self.startsUppercase(word($0)) }.count
        return capitalized * 10 >= words.count * 7
    }

    mutating func scan(_ sentence: Sentence, index sentenceIndex: Int) {
        inTitleCase = isTitleCase(sentence)
        var index = sentence.tokens.lowerBound
        var atStart = true
        while index < sentence.tokens.upperBound {
            let token = tokens[index]
            if token.kind != .word || isPossessive(index) {
                if Self.openingMarks.contains(strings.original[index]) { atStart = true }
                index += 1
                continue
            }
            guard isNameWord(index, insideRun: false) else {
                atStart = false
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.tokens.upperBound {
                if isNameWord(end, insideRun: true), !endsWithModifierSuffix(end - 1) {
                    end += 1
                } else if joinsName(at: end, runStart: index, limit: sentence.tokens.upperBound) {
                    end += 2
                } else {
                    break
                }
            }
            addRun(index..<end, sentence: sentenceIndex, atSentenceStart: atStart)
            atStart = false
            index = end
        }
    }

    /// A lower-case particle that joins two name words: "bin" in "Osama bin Laden"; "of" after an
    /// organisation's head or a title ("Bank of England", "Secretary of State").
    func joinsName(at index: Int, runStart: Int, limit: Int) -> Bool {
        guard index + 1 < limit, isWord(index), isNameWord(index + 1, insideRun: true) else { return false }
        let particle = word(index)
        if NameLexicon.nameParticles.contains(particle) { return true }
        guard particle == "of" || particle == "for" else { return false }
        let previous = word(index - 1).lowercased()
        return NameLexicon.organizationHeads.contains(previous) || NameLexicon.personTitles.contains(previous)
    }

    func endsWithModifierSuffix(_ index: Int) -> Bool {
        let lower = lower(index)
        return NameLexicon.nameModifierSuffixes.contains { lower.hasSuffix($0) }
    }

    // MARK: Runs

    mutating func addRun(_ run: Range<Int>, sentence: Int, atSentenceStart: Bool) {
        var first = run.lowerBound
        var last = run.upperBound - 1
        var precededByThe = first > 0 && lower(first - 1) == "the"

        // Sentence openers and function words are not names: "But", "The", "Meanwhile", "Standing".
        while first <= last {
            let lower = self.lower(first).contains("’") ? self.lower(first).replacingOccurrences(of: "’", with: "'") : self.lower(first)
            let isFunctionWord = (NameLexicon.functionWords.contains(lower) || language != "en"
                && recognizer.stopWords.contains(lower, language: language)) && !isAcronym(first)
            if isFunctionWord || NameLexicon.neverNames.contains(lower) {
                if lower == "the" { precededByThe = true }
                first += 1
                continue
            }
            if first == run.lowerBound, atSentenceStart, isCommonWordOpeningSentence(first, runLength: last - first + 1) {
                first += 1
                continue
            }
            break
        }
        guard first <= last else { return }

        // "NATO-led": the name is the part before the modifier.
        var trimmedSuffix = 0
        let lastLower = lower(last)
        if let suffix = NameLexicon.nameModifierSuffixes.first(where: { lastLower.hasSuffix($0) }) {
            trimmedSuffix = suffix.count
        }
        // "UN Security Council Resolution 1973": the document word is not part of the organisation's name.
        while last > first, NameLexicon.documentWords.contains(lower(last)) {
            last -= 1
        }

        // Titles: everything up to the last title word, when a name follows it. After an honorific the next
        // word is a name even when it is also a title word ("Mr. King", "Mrs. Bishop").
        var titleEnd: Int?
        for index in first...last where NameLexicon.personTitles.contains(lower(index)) {
            titleEnd = index
            if NameLexicon.honorifics.contains(lower(index)) { break }
        }
        var nameStart = first
        var title: String?
        if let titleEnd {
            title = text.string(from: tokens[first], to: tokens[titleEnd])
            addPlacesInTitle(first...titleEnd, sentence: sentence)
            guard titleEnd < last else { return }  // a title alone: "the President"
            nameStart = titleEnd + 1
        }
        // A lower-case role noun before the name is a title too: "adviser Sergei Prikhodko".
        let roleBefore = first > 0 && isWord(first - 1) && !Self.startsUppercase(word(first - 1))
            && (NameLexicon.personTitles.contains(word(first - 1)) || Self.roleNouns.contains(word(first - 1)))

        let nameWords = (nameStart...last).map(word)
        var words = nameWords
        if trimmedSuffix > 0 { words[words.count - 1] = String(words[words.count - 1].dropLast(trimmedSuffix)) }
        guard !words.allSatisfy({ NameLexicon.demonyms.contains($0.lowercased()) || NameLexicon.neverNames.contains($0.lowercased()) }),
              !words.last!.isEmpty
        else { return }

        let start = tokens[nameStart].start
        let end = tokens[last].end - trimmedSuffix
        let surface = text.string(from: tokens[nameStart], to: tokens[last])
        let nameText = trimmedSuffix > 0 ? String(surface.dropLast(trimmedSuffix)) : surface
        var candidate = NameCandidate(
            text: nameText, words: words, start: start, end: end, title: title, sentence: sentence,
            keyWords: [], evidence: nil, weakEvidence: nil, isAcronym: words.count == 1 && isAcronym(nameStart))
        candidate.keyWords = NameKey.words(words)
        classify(&candidate, hasTitle: title != nil || roleBefore, precededByThe: precededByThe && nameStart == first,
                 next: last + 1)
        candidates.append(candidate)
    }

    /// Lower-case nouns for people that stand before a name: "counterpart Barack Obama".
    static let roleNouns: Set<String> = [
        "counterpart", "colleague", "official", "analyst", "expert", "lawyer", "wife", "husband", "son", "daughter",
        "mother", "father", "brother", "sister", "friend", "aide", "rival", "successor", "predecessor", "founder",
        "owner", "player", "actor", "actress", "singer", "writer", "author", "journalist", "reporter", "editor",
        "activist", "candidate", "nominee", "boss", "dissident", "opponent", "challenger", "veteran", "suspect",
    ]

    func isAcronym(_ index: Int) -> Bool {
        let string = word(index)
        let letters = string.filter(\.isLetter)
        guard letters.count >= 2, letters.count <= 6 else { return false }
        return letters.allSatisfy(\.isUppercase)
    }

    /// A capitalised word that opens a sentence only because sentences open with capitals.
    func isCommonWordOpeningSentence(_ index: Int, runLength: Int) -> Bool {
        let string = word(index)
        if isAcronym(index) || recognizer.gazetteer.place(named: string) != nil { return false }
        if NameLexicon.personTitles.contains(string.lowercased()) { return false }
        if lowercaseWords.contains(string.lowercased()) { return true }
        if capitalizedInsideSentences.contains(string) { return false }
        if runLength > 1 { return false }
        // Seen nowhere else: a name only if a speech verb follows ("Prikhodko said"), or, in capitals, a colon
        // (a transcript's speaker: "WALLACE:").
        let next = index + 1
        guard next < tokens.count else { return true }
        if isWord(next), NameLexicon.speechVerbs.contains(word(next)) { return false }
        return !(text.string(tokens[next]) == ":" && string.count > 2 && string.allSatisfy { $0.isUppercase || !$0.isLetter })
    }

    /// Places and organisations inside a title are mentions too: "US" in "US Defence Secretary".
    mutating func addPlacesInTitle(_ range: ClosedRange<Int>, sentence: Int) {
        for index in range where isNameWord(index, insideRun: true) {
            let string = word(index)
            let lower = string.lowercased()
            guard !NameLexicon.personTitles.contains(lower), !NameLexicon.titleModifiers.contains(lower),
                  !NameLexicon.demonyms.contains(lower) || recognizer.gazetteer.place(named: string) != nil
            else { continue }
            let isPlace = recognizer.gazetteer.place(named: string) != nil
            guard isPlace || isAcronym(index) || NameLexicon.organizationHeads.contains(lower) else { continue }
            candidates.append(NameCandidate(
                text: string, words: [string], start: tokens[index].start, end: tokens[index].end, title: nil,
                sentence: sentence, keyWords: NameKey.words([string]), evidence: isPlace ? .place : .organization,
                weakEvidence: nil, isAcronym: isAcronym(index)))
        }
    }

    func classify(_ candidate: inout NameCandidate, hasTitle: Bool, precededByThe: Bool, next: Int) {
        let lowerWords = candidate.words.map { $0.lowercased() }
        let nextWord = next < tokens.count && isWord(next) ? lower(next) : ""
        if hasTitle {
            candidate.evidence = .person
        } else if lowerWords.contains(where: NameLexicon.organizationHeads.contains) {
            candidate.evidence = .organization
        } else if recognizer.gazetteer.place(named: candidate.text) != nil {
            candidate.evidence = .place
        } else if candidate.isAcronym || NewsAgencyNames.isAgency(candidate.text) {
            candidate.evidence = .organization
        } else if NameLexicon.organizationContext.contains(nextWord) {
            // "Kremlin officials", "Moscow Echo radio"; but also "the Obama administration", so only weak.
            candidate.weakEvidence = .organization
        } else if precededByThe {
            candidate.weakEvidence = .organization  // "the Kremlin", "the Pentagon"
        } else if NameLexicon.speechVerbs.contains(nextWord) || candidate.words.count >= 2 {
            candidate.weakEvidence = .person
        }
    }
}

/// Agencies as names in running text ("(AP)", "Reuters"), so that they are typed as organisations.
enum NewsAgencyNames {
    static let names: Set<String> = ["AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "Xinhua", "TASS", "Interfax",
                                     "Kyodo", "Yonhap", "UPI", "Bloomberg", "RIA Novosti", "Anadolu"]

    static func isAgency(_ name: String) -> Bool {
        names.contains(name)
    }
}
