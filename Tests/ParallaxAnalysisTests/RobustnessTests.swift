import Testing
import ParallaxReading
@testable import ParallaxAnalysis

/// Hostile text: every stage must finish, and every offset must point inside the text.
@Suite("Robustness")
struct RobustnessTests {
    /// A seeded generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "“", "”", "\"", "‘", "’", "'", "«", "»", " ", " ", " ", "\n\n", "\n", ",", ".", ":", "—", "-", "(", ")",
        "said", "told", "according to", "he", "she", "Mr.", "Gates", "Robert M. Gates", "U.S.", "the", "Kremlin",
        "said Gates", "Monday", "on Thursday", "at least", "100", "$3.5 million", "third", "al-Assad", "Медведев",
        "東京", "who", "that", "Resolution 1973", "NATO-led", "’s", "\u{FEFF}", "\u{0301}", "🙂", "e\u{0301}",
    ]

    @Test func randomTextNeverBreaksAnything() {
        var generator = SplitMix(state: 2011)
        let analyzer = Analyzer()
        for round in 0..<400 {
            let length = Int(generator.next() % 60)
            let text = (0..<length).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let analyzed = analyzer.analyze(Article(id: "r\(round)", text: text, date: CalendarDay(year: 2011, month: 3, day: 22)))
            let count = text.unicodeScalars.count
            for quote in analyzed.quotes {
                #expect(0 <= quote.start && quote.start <= quote.end && quote.end <= count, "round \(round)")
                if let start = quote.speakerStart, let end = quote.speakerEnd {
                    #expect(0 <= start && start <= end && end <= count, "round \(round)")
                }
            }
            for mention in analyzed.entities.flatMap(\.mentions) {
                #expect(0 <= mention.start && mention.start < mention.end && mention.end <= count, "round \(round)")
            }
            for date in analyzed.dates { #expect(date.end <= count) }
            for figure in analyzed.figures { #expect(figure.end <= count) }
        }
    }

    /// None of these texts names anyone or reports anything said by someone.
    @Test func emptyAndPunctuationOnlyTexts() {
        for text in ["", " ", "\n\n\n", "“", "”“”“", "\"\"\"", "...", "— — —", "Mr.", "said", "“said”"] {
            let analyzed = Analyzer().analyze(Article(id: "e", text: text))
            #expect(analyzed.entities.isEmpty, "\(text)")
            #expect(analyzed.quotes.allSatisfy { $0.speaker == nil }, "\(text)")
        }
    }
}
