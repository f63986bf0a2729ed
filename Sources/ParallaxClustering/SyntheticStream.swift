import Foundation
import ParallaxReading

/// A long stream made from a few real articles, for benchmarks, in which every round is a new set of happenings:
/// round r repeats every article with its date moved r × 400 days later (beyond the clusterer's 365-day story
/// window), every number in it increased by r, and every name (a capitalised word inside a sentence) given a
/// syllable prefix of its own round ("Gates" becomes "BaGates"), so that the names and figures of one round are not
/// those of another; its URL gets a `round` parameter. A prefix, not a suffix: the clusterer keeps the first seven letters of a word, so a suffix
/// would vanish from long names and from later rounds' longer suffixes. Stories and events therefore keep being
/// created as the stream grows, as in a news stream, while the text keeps the length and vocabulary of real
/// reports. Round 0 is the articles as they are.
///
/// The rewriting is one pass over the UTF-8 bytes, cheap enough for streams of millions of articles, and
/// deterministic: article i is always the same.
public struct SyntheticStream: Sendable {
    public let base: [Article]
    /// Days by which each round is moved later.
    public static let roundDays = 400

    public init(base: [Article]) {
        self.base = base
    }

    /// The i-th article of the stream.
    public func article(_ index: Int) -> Article {
        let original = base[index % base.count]
        let round = index / base.count
        guard round > 0 else { return original }
        var article = original
        article.id = "\(original.id)#\(round)"
        article.date = original.date.map { $0.adding(days: Self.roundDays * round) }
        let prefix = Self.syllables(round)
        article.text = Self.rewriting(original.text, round: round, prefix: prefix)
        article.title = original.title.map { Self.rewriting($0, round: round, prefix: prefix) }
        // Another report is another page: its own URL, so that a corpus does not take it for the original.
        article.url = original.url.map { Self.addingRound(round, to: $0) }
        return article
    }

    /// The URL with a `round` query parameter (before any fragment, which a canonical URL drops). A URL that does
    /// not parse has no canonical form, so it cannot be taken for the original's and is left as it is.
    static func addingRound(_ round: Int, to url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "round", value: String(round))]
        return components.string ?? url
    }

    private static let consonants = Array("bdfgklmnprstvz".utf8)
    private static let vowels = Array("aeiou".utf8)

    /// The round's prefix: its number in base 70, each digit a consonant and a vowel ("ba", "de", …), so that no
    /// two rounds share one.
    static func syllables(_ round: Int) -> [UInt8] {
        var syllables: [UInt8] = []
        var rest = round
        repeat {
            let digit = rest % (consonants.count * vowels.count)
            syllables += [consonants[digit % consonants.count], vowels[digit / consonants.count]]
            rest /= consonants.count * vowels.count
        } while rest > 0
        return syllables
    }

    /// The text with its numbers increased by `round` and its names prefixed, sentence-initial words left alone.
    static func rewriting(_ text: String, round: Int, prefix: [UInt8]) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 16)
            var sentenceStart = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x30, byte <= 0x39 {
                    var end = index
                    var value = 0
                    while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - index < 18 {
                        value = value * 10 + Int(bytes[end] - 0x30)
                        end += 1
                    }
                    result += Array(String(value + round).utf8)
                    index = end
                    sentenceStart = false
                } else if isLetter(byte) {
                    var end = index
                    while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                    // A name: capitalised, inside a sentence, three letters or more ("US" and "I" are left alone).
                    if byte >= 0x41, byte <= 0x5A, !sentenceStart, end - index >= 3 {
                        // In capitals when the name is ("BaNATO" would not be written), else capitalised: "BaGates".
                        let capitals = bytes[index + 1] >= 0x41 && bytes[index + 1] <= 0x5A
                        result += capitals ? prefix.map { $0 - 0x20 } : [prefix[0] - 0x20] + prefix.dropFirst()
                    }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    sentenceStart = false
                } else {
                    if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                        || (byte == UInt8(ascii: "\n") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
                        sentenceStart = true
                    }
                    result.append(byte)
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// ASCII letters and the bytes of non-ASCII characters, which in news text are mostly letters.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
