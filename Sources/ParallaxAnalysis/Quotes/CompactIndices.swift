/// Token and sentence indices kept for every token or sentence of an article, in 32 bits (tokens are numbered in
/// 32 bits, see `Token`): a page of "<!" is ten million tokens and five million sentences, and an `Int` for each,
/// or an optional range (24 bytes), took 40 and 120 MB of the quote extractor's 10 MB article.
struct CompactIndices {
    private var values: [Int32]

    init(repeating value: Int, count: Int) {
        values = [Int32](repeating: Int32(value), count: count)
    }

    subscript(position: Int) -> Int {
        get { Int(values[position]) }
        set { values[position] = Int32(truncatingIfNeeded: newValue) }
    }
}

/// An optional range of token indices for each sentence, each in one 64-bit integer.
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
