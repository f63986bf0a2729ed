import Testing
@testable import ParallaxAnalysis

/// The word-at-a-time subsequence against the plain table it replaces, on random sequences of every length the
/// index holds, and the quote ledger's matching (equal words, or equal keys of long words) against its table.
@Suite("Common subsequence, a machine word at a time")
struct CommonSubsequenceTests {
    /// The dynamic programme, written out.
    static func table(_ a: [Int], _ b: [Int], matches: (Int, Int) -> Bool) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in b.indices {
                current[j + 1] = matches(i, j) ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func agreesWithTheTableOnRandomSequences() throws {
        var generator = RobustnessTests.SplitMix(state: 64)
        for round in 0..<600 {
            let count = round % 65, otherCount = Int.random(in: 0...90, using: &generator)
            // A small alphabet, so that matches are many and repeated.
            let alphabet = 1 + round % 9
            let a = (0..<count).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let b = (0..<otherCount).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let index = try #require(CommonSubsequence(a))
            #expect(index.length(with: b) == Self.table(a, b) { a[$0] == b[$1] }, "round \(round)")
        }
        #expect(CommonSubsequence(Array(0..<65)) == nil)
    }

    @Test func theLedgerMatchesLongWordsByKeyAndShortWordsBySpelling() {
        var generator = RobustnessTests.SplitMix(state: 7)
        let vocabulary = ["gates", "kadhafi", "gadhafi", "qaddafi", "lies", "the", "and", "claims", "outright", "is", "are"]
        for round in 0..<300 {
            let a = (0..<(round % 40)).map { _ in vocabulary.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...50, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            var interner = WordInterner()
            let x = interner.intern(a, keys: QuoteLedger.keys(a)), y = interner.intern(b, keys: QuoteLedger.keys(b))
            #expect(x.wordIndex != nil)
            let expected = Self.table(x.words, y.words) { x.words[$0] == y.words[$1] || (x.isLong[$0] && x.keys[$0] == y.keys[$1]) }
            #expect(QuoteLedger.commonSubsequence(x, y) == expected, "round \(round)")
        }
    }
}
