import Testing
@testable import ParallaxAnalysis

@Suite("Tokenizer and sentence splitter")
struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let view = TextView(text)
        return Tokenizer.tokenize(text).map(view.string)
    }

    @Test func keepsAbbreviationsHyphensAndSplitsPossessives() {
        #expect(words("Mr. Gates’s cease-fire call, U.S. and U.N. officials; Robert M. Gates isn't O'Brien's.")
            == ["Mr.", "Gates", "’s", "cease-fire", "call", ",", "U.S.", "and", "U.N.", "officials", ";", "Robert", "M.",
                "Gates", "isn't", "O'Brien", "'s", "."])
    }

    @Test func readsNumbersURLsAndCJK() {
        #expect(words("1,000 people, 3.5% on the 25th; see https://example.com/a?b=1. 東京都")
            == ["1,000", "people", ",", "3.5", "%", "on", "the", "25th", ";", "see", "https://example.com/a?b=1", ".",
                "東", "京", "都"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Café “Kadhafi’s” 東京 ok"
        let tokens = Tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            let fromScalars = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            #expect(fromScalars == TextView(text).string(token))
        }
        #expect(tokens.last?.start == 20)
    }

    @Test func marksParagraphStarts() {
        let tokens = Tokenizer.tokenize("One.\n\nTwo.\nThree.")
        #expect(tokens.map(\.startsParagraph) == [true, false, true, false, false, false])
    }

    func sentences(_ text: String) -> [String] {
        let view = TextView(text)
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.split(tokens, in: view).map { sentence in
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[sentence.start..<sentence.end]))
        }
    }

    @Test func splitsNewsSentences() {
        let text = """
            MOSCOW (AP) — Col. Moammar Gadhafi met Robert M. Gates. “I’m curious,” Mr. Gates said. \
            The U.S. expects it. Officials in the U.S. The end? Yes! It cost $3.5 million on Jan. 5 in Washington.

            “Kadhafi will fall,” Vladimir Chamov told Moscow Echo radio. “A split is possible.”
            """
        #expect(sentences(text) == [
            "MOSCOW (AP) — Col. Moammar Gadhafi met Robert M. Gates.",
            "“I’m curious,” Mr. Gates said.",
            "The U.S. expects it.",
            "Officials in the U.S.",
            "The end?",
            "Yes!",
            "It cost $3.5 million on Jan. 5 in Washington.",
            "“Kadhafi will fall,” Vladimir Chamov told Moscow Echo radio.",
            "“A split is possible.”",
        ])
    }
}
