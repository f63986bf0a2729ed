/// An optional range of token indices for each sentence of an article, each in one 64-bit integer (tokens are
/// numbered in 32 bits, see `Token`): a page of "<!" is five million sentences, and a `Range<Int>?` for each
/// (24 bytes) took 120 MB of the quote extractor's 10 MB article.
struct CompactRanges {
    private var packed: [Int64]

    init(count: Int) {
        packed = [Int64](repeating: -1, count: count)
    }

    subscript(position: Int) -> Range<Int>? {
        get {
            let value = packed[position]
            return value < 0 ? nil : Int(value >> 32)..<Int(value & 0xFFFF_FFFF)
        }
        set {
            packed[position] = newValue.map { Int64($0.lowerBound) << 32 | Int64($0.upperBound) } ?? -1
        }
    }
}
