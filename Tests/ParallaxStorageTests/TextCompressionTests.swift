import Foundation
import Testing
@testable import ParallaxStorage

/// Article text is stored compressed: whatever goes in comes back the same, and damage is reported, not read.
@Suite("Text compression")
struct TextCompressionTests {
    static let texts: [String] = [
        "",
        "A",
        "Gates said the cease-fire held, \"for now\".\nSecond paragraph.\r\n\tTabbed.",
        "Dmitri Medvedev a déclaré à Moscou : « Nous ne céderons pas. » Ça s’est passé vers 14 h.",
        "Сердюков заявил; 東京で地震; مرحبا بالعالم; 🇫🇷 👩🏽‍💻 e\u{301} \u{0}",
        // Compresses far beyond the room first tried for it (four times its compressed size).
        String(repeating: "the same sentence, over and over. ", count: 200_000),
        // Hardly compresses at all.
        {
            var state: UInt64 = 42
            return String((0..<300_000).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Character(UnicodeScalar(UInt8(33 + (state >> 33) % 94)))
            })
        }(),
    ]

    @Test(arguments: texts.indices)
    func textComesBackAsItWent(index: Int) throws {
        let text = Self.texts[index]
        #expect(try TextCompression.decompress(TextCompression.compress(text)) == text)
    }

    @Test func newsTextShrinks() {
        let text = TestArticles.sample().map(\.text).joined(separator: "\n")
        let compressed = TextCompression.compress(text)
        #expect(compressed.count < text.utf8.count / 2)
    }

    @Test func damagedTextIsRefused() throws {
        let compressed = TextCompression.compress("The minister resigned on Tuesday after a week of protests.")
        var flipped = compressed
        flipped[flipped.count / 2] ^= 0xFF
        for damaged in [Data(), Data("plain text".utf8), compressed.prefix(compressed.count - 3), flipped] {
            #expect(throws: TextCompression.Damaged.self) { try TextCompression.decompress(damaged) }
        }
    }
}
