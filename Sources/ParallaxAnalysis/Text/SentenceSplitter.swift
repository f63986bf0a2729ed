/// A sentence: a run of tokens and its scalar offsets in the article text.
public struct Sentence: Sendable, Hashable {
    // 32-bit offsets, as in `Token`: 16 bytes a sentence instead of 32.
    private let firstToken, tokenEnd, scalarStart, scalarEnd: UInt32

    /// Indices into the article's tokens.
    public var tokens: Range<Int> { Int(firstToken)..<Int(tokenEnd) }
    /// Unicode scalar offsets in the article's text.
    public var start: Int { Int(scalarStart) }
    public var end: Int { Int(scalarEnd) }

    public init(tokens: Range<Int>, start: Int, end: Int) {
        firstToken = UInt32(tokens.lowerBound)
        tokenEnd = UInt32(tokens.upperBound)
        scalarStart = UInt32(start)
        scalarEnd = UInt32(end)
    }
}

/// Splits tokens into sentences the way news text needs: "Mr. Gates", "Col. Moammar Gadhafi", "U.S. officials",
/// "Robert M. Gates" and "Jan. 5" do not end a sentence; a quote that closes after the full stop belongs to the
/// sentence it ends; a paragraph break always ends one.
public enum SentenceSplitter {
    public static func split(_ tokens: [Token], in text: TextView) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(tokens: start..<end, start: tokens[start].start, end: tokens[end - 1].end))
            start = end
        }
        while index < tokens.count {
            if index > start, tokens[index].startsParagraph {
                close(at: index)
            }
            if endsSentence(at: index, tokens, text) {
                var end = index + 1
                // Closing quotes and brackets right after the stop belong to this sentence.
                while end < tokens.count, !tokens[end].startsParagraph, isCloser(text.string(tokens[end])),
                      tokens[end].start == tokens[end - 1].end {
                    end += 1
                }
                close(at: end)
                index = end
                continue
            }
            index += 1
        }
        close(at: tokens.count)
        return sentences
    }

    private static let closers: Set<String> = ["\"", "”", "’", "'", ")", "]", "»", "›"]

    private static func isCloser(_ text: String) -> Bool {
        closers.contains(text)
    }

    private static func endsSentence(at index: Int, _ tokens: [Token], _ text: TextView) -> Bool {
        let token = tokens[index]
        let string = text.string(token)
        switch token.kind {
        case .punctuation:
            guard string == "." || string == "!" || string == "?" || string == "…" || string == "。" || string == "！"
                || string == "？"
            else { return false }
            // "3.5" never reaches here (one token); "…" inside a quote followed by lower case continues.
            return !nextWordIsLowercase(after: index, tokens, text)
        case .word where string.hasSuffix(".") && string.count > 1:
            // An abbreviation's stop ends a sentence only before a capitalised common word ("in the U.S. The …").
            let bare = String(string.dropLast()).lowercased()
            if Abbreviations.titles.contains(bare) { return false }
            if string.count == 2, string.first!.isUppercase { return false }  // an initial: "Robert M. Gates"
            guard index + 1 < tokens.count, !tokens[index + 1].startsParagraph else { return true }
            let next = text.string(tokens[index + 1])
            return next.first?.isUppercase == true && EnglishFunctionWords.sentenceOpeners.contains(next.lowercased())
        default:
            return false
        }
    }

    /// Marks between a stop and the next word ("…” and", "?) but") are few; looking further would read a run of
    /// punctuation ("!!!!…", a page of "<!") to its end for every stop in it.
    private static let punctuationBeforeNextWord = 8

    private static func nextWordIsLowercase(after index: Int, _ tokens: [Token], _ text: TextView) -> Bool {
        var next = index + 1
        while next < tokens.count, next - index <= punctuationBeforeNextWord, tokens[next].kind == .punctuation,
              !tokens[next].startsParagraph {
            next += 1
        }
        guard next < tokens.count, !tokens[next].startsParagraph, tokens[next].kind == .word else { return false }
        return text.string(tokens[next]).first?.isLowercase == true
    }
}

/// Words that often open a sentence, used to tell "U.S. The" (a new sentence) from "U.S. Gates" (no break).
enum EnglishFunctionWords {
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "but", "and", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "in",
        "on", "at", "for", "as", "if", "when", "while", "after", "before", "there", "his", "her", "its", "their",
        "meanwhile", "however", "yet", "so", "some", "many", "most", "one", "officials",
    ]
}
