/// When two figures of the same quantity say the same thing.
///
/// The rule: each figure stands for a range of true values, and two figures agree when their ranges overlap.
/// - An exact figure covers what rounds to it at the step it is written to: "2.6 million" covers 2.55–2.65
///   million, "2m" 1.5–2.5 million, "45%" 44.5–45.5%, "1,500" 1,450–1,550.
/// - An approximate figure ("about", "around", "some", "roughly", "an estimated", "close to", "30 or so") covers 10% either
///   way, or its rounding if that is wider: "about 2 million" agrees with "2.1 million", not with "2.5 million".
/// - "nearly" and "almost" cover up to the value, from 10% (or its rounding) below it.
/// - A lower bound ("at least", "more than", "over", "upwards of") covers every value above; an upper bound
///   ("up to", "at most", "fewer than", "less than", "as many as", "under") every value below. Two bounds the
///   same way agree when their values agree as approximate figures.
extension Figure {
    /// The approximate qualifiers widen a figure by this share of its value either way.
    static let approximation = 0.1

    public enum Bound: Sendable {
        case exact, approximate, nearly, lower, upper
    }

    public var bound: Bound {
        switch qualifier {
        case "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "close to", "or so": .approximate
        case "nearly", "almost": .nearly
        case "at least", "more than", "over", "well over", "upwards of", "in excess of": .lower
        case "up to", "at most", "fewer than", "less than", "as many as", "under", "no more than": .upper
        default: .exact
        }
    }

    /// The true values this figure allows, by the rule above.
    public var range: (lower: Double, upper: Double) {
        let half = precision / 2
        let (low, high) = approximateRange
        switch bound {
        case .exact: return (value - half, value + half)
        case .approximate: return (low, high)
        case .nearly: return (low, value + half)
        case .lower: return (value - half, .infinity)
        case .upper: return (-.infinity, value + half)
        }
    }

    /// Whether the two figures can describe the same value (their ranges overlap; ranges that only touch, as
    /// "2" and "3" do at 2.5, do not).
    public func agrees(with other: Figure) -> Bool {
        var (a, b) = (range, other.range)
        // Two bounds the same way are two estimates of one limit: "more than 5 times" and "more than 3 times"
        // disagree, "at least 64" and "more than 60" agree.
        if bound == other.bound, bound == .lower || bound == .upper {
            (a, b) = (approximateRange, other.approximateRange)
        }
        return a.lower < b.upper && b.lower < a.upper
    }

    private var approximateRange: (lower: Double, upper: Double) {
        let half = precision / 2
        return (min(value * (1 - Self.approximation), value - half), max(value * (1 + Self.approximation), value + half))
    }
}
