import Testing
@testable import ParallaxEvaluation

/// The conflict-pair generator's rewriter: it finds figures with its own patterns, writes each in another form
/// outlets use, keeps the value unless asked to change it, and leaves names, codes, dates and times alone.
@Suite("Figure rewriter")
struct FigureRewriterTests {
    let rewriter = FigureRewriter()

    func rewritten(_ text: String, choice: Int = 0) -> String {
        var result = text
        for mention in rewriter.mentions(in: text).reversed() {
            let start = result.unicodeScalars.index(result.unicodeScalars.startIndex, offsetBy: mention.start)
            let end = result.unicodeScalars.index(result.unicodeScalars.startIndex, offsetBy: mention.end)
            result.replaceSubrange(start..<end, with: rewriter.rewrite(mention, choice: choice))
        }
        return result
    }

    @Test func everyFigureTakesAnotherFormWithTheSameValue() {
        let text = "Officials said $2 million was sent, 45% of it food; the $3.5 billion plan covers nine camps and 1,500 tents."
        let mentions = rewriter.mentions(in: text)
        #expect(mentions.map(\.text) == ["$2 million", "45%", "$3.5 billion", "nine", "1,500"])
        for choice in 0..<4 {
            let copy = rewritten(text, choice: choice)
            let again = rewriter.mentions(in: copy)
            #expect(again.count == mentions.count, "\(copy)")
            #expect(zip(mentions, again).allSatisfy { $0.text != $1.text && abs($0.value - $1.value) < 0.5 }, "\(copy)")
            #expect(zip(mentions, again).allSatisfy { $0.currency == $1.currency && $0.isPercent == $1.isPercent }, "\(copy)")
        }
    }

    @Test func formsOfACount() throws {
        let mention = try #require(rewriter.mentions(in: "Some 2 million people fled.").first)
        #expect(rewriter.forms(mention, number: mention.number).map(\.text) == ["2 million", "2m", "two million", "2,000,000"])
    }

    @Test func namesCodesDatesAndTimesStayAsWritten() {
        let text = "The Boeing 737 and an AK-47 were seen at the G-20 on March 22, 2011 at 4 p.m., four years ago; call 555-1234."
        #expect(rewriter.mentions(in: text).isEmpty, "\(rewriter.mentions(in: text).map(\.text))")
    }

    @Test func aChangedValueIsWrittenInAnotherFormToo() throws {
        let mention = try #require(rewriter.mentions(in: "It cost $250 billion.").first)
        let written = rewriter.rewrite(mention, number: 430, choice: 0)
        #expect(written.contains("430") && !written.hasPrefix("$430 billion"))
    }

    @Test func changesAreClearlyBeyondRounding() throws {
        var generator = SplitMix64(seed: 7)
        for text in ["2 million", "45%", "1,500 people", "nine", "3.5 billion"] {
            let mention = try #require(rewriter.mentions(in: "They counted \(text) in all.").first)
            let changed = try #require(ConflictPairMaker.changed(mention, using: &generator))
            #expect(abs(changed - mention.number) >= 0.25 * mention.number)
        }
    }
}
