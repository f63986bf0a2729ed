/// The entity mention each token of an article belongs to, if any: (entity index, mention index).
///
/// Each token holds a 32-bit number into a list of the mentions set, not an optional pair of `Int` (24 bytes a
/// token) nor the pair packed in 64 bits: for an article of ten million tokens that is 40 MB, not 80 or 240.
struct TokenMentions {
    private var numbers: [Int32]
    /// The (entity, mention) pairs set, each once for the run of tokens it was set on.
    private var pairs: [(entity: Int32, mention: Int32)] = []

    init(count: Int) {
        numbers = [Int32](repeating: -1, count: count)
    }

    subscript(token: Int) -> (entity: Int, mention: Int)? {
        get {
            let number = numbers[token]
            guard number >= 0 else { return nil }
            let pair = pairs[Int(number)]
            return (Int(pair.entity), Int(pair.mention))
        }
        set {
            guard let newValue else {
                numbers[token] = -1
                return
            }
            let pair = (entity: Int32(newValue.entity), mention: Int32(newValue.mention))
            if pairs.last.map({ $0 != pair }) ?? true { pairs.append(pair) }
            numbers[token] = Int32(pairs.count - 1)
        }
    }
}
