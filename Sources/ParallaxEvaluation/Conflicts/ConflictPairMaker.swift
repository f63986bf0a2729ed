import Foundation
import ParallaxReading

/// Makes conflict pairs from real articles: the copy writes every figure the rewriter knows in another form
/// and, in every other pair, changes one figure by a clearly non-rounding amount (25% or more, and never to a
/// value that rounds to the original at the precision written).
public struct ConflictPairMaker {
    /// Articles with fewer rewritable figures are skipped: a pair needs figures to rewrite and one to change.
    public var minimumFigures = 2
    public let rewriter = FigureRewriter()

    public init() {}

    /// Up to `count` pairs, each from a different article, picked and rewritten by a generator seeded with `seed`.
    public func pairs(from articles: [Article], count: Int, seed: UInt64) -> [ConflictPair] {
        var generator = SplitMix64(seed: seed)
        let usable = articles.filter { rewriter.mentions(in: $0.text).count >= minimumFigures }
        var pairs: [ConflictPair] = []
        for article in usable.shuffled(using: &generator) where pairs.count < count {
            if let pair = pair(article, number: pairs.count, change: pairs.count % 2 == 0, using: &generator) {
                pairs.append(pair)
            }
        }
        return pairs
    }

    func pair(_ article: Article, number: Int, change: Bool, using generator: inout SplitMix64) -> ConflictPair? {
        let mentions = rewriter.mentions(in: article.text)
        var changedIndex: Int?
        var changedNumber: Double?
        if change {
            for index in mentions.indices.shuffled(using: &generator) where mentions[index].number >= 2 {
                if let number = Self.changed(mentions[index], using: &generator) {
                    changedIndex = index
                    changedNumber = number
                    break
                }
            }
            guard changedIndex != nil else { return nil }
        }
        let scalars = Array(article.text.unicodeScalars)
        var copy = String.UnicodeScalarView()
        var position = 0
        var change: ConflictPair.Change?
        var rewritten = 0
        for (index, mention) in mentions.enumerated() {
            copy.append(contentsOf: scalars[position..<mention.start])
            let isChanged = index == changedIndex
            let written = rewriter.rewrite(mention, number: isChanged ? changedNumber : nil,
                                           choice: Int(truncatingIfNeeded: generator.next() >> 1))
            if written != mention.text { rewritten += 1 }
            if isChanged {
                change = ConflictPair.Change(
                    original: mention.text, written: written, start: copy.count, end: copy.count + written.unicodeScalars.count,
                    from: mention.value, to: changedNumber! * mention.scale)
            }
            copy.append(contentsOf: written.unicodeScalars)
            position = mention.end
        }
        copy.append(contentsOf: scalars[position...])
        let outlet = article.outlet ?? "outlet"
        let date = article.date?.description
        return ConflictPair(
            id: "pair-\(number + 1)",
            a: .init(id: article.id, outlet: outlet, date: date, title: article.title, text: article.text),
            b: .init(id: article.id + "-copy", outlet: "copy of " + outlet, date: date, title: article.title, text: String(copy)),
            rewritten: rewritten, changed: change)
    }

    /// A new number for a figure: 0.5–0.75 or 1.3–1.9 times the old, rounded to the precision written (the
    /// decimals, or the last non-zero digit of a whole number), kept only when it differs by 25% or more.
    static func changed(_ mention: FigureRewriter.Mention, using generator: inout SplitMix64) -> Double? {
        let step = mention.decimals > 0 ? pow(10, -Double(mention.decimals)) : Self.wholeStep(mention.number)
        for _ in 0..<4 {
            let factor = Bool.random(using: &generator) ? Double.random(in: 1.3...1.9, using: &generator)
                : Double.random(in: 0.5...0.75, using: &generator)
            let number = (mention.number * factor / step).rounded() * step
            if number > 0, abs(number - mention.number) >= 0.25 * mention.number { return number }
        }
        return nil
    }

    /// 1500 → 100, 40 → 10, 37 → 1.
    static func wholeStep(_ number: Double) -> Double {
        var step = 1.0
        while number >= step * 10, (number / (step * 10)).rounded() == number / (step * 10) { step *= 10 }
        return step
    }
}
