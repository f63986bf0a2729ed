import ParallaxReading

/// A long stream made from a few real articles, for benchmarks: round r repeats every article with its date moved
/// r × 30 days later and every number in it increased by r, so that each round brings new events about the same
/// kinds of things, as a news stream does.
public struct SyntheticStream: Sendable {
    public let base: [Article]

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
        article.date = original.date.map { $0.adding(days: 30 * round) }
        article.text = Self.shiftingNumbers(original.text, by: round)
        article.title = original.title.map { Self.shiftingNumbers($0, by: round) }
        return article
    }

    private static func shiftingNumbers(_ text: String, by amount: Int) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if !digits.isEmpty {
                result += String((Int(digits) ?? 0) + amount)
                digits = ""
            }
            result.append(character)
        }
        if !digits.isEmpty { result += String((Int(digits) ?? 0) + amount) }
        return result
    }
}
