/// The length of the longest common subsequence of two sequences, a machine word at a time.
///
/// The bit-vector method of Crochemore, Iliopoulos, Pinzon and Reid (2001): a row of the dynamic programme for
/// a sequence of up to 64 items is one `UInt64`, and each item of the other sequence updates it in four
/// instructions, `V = (V + (V & M)) | (V & ~M)`, where M marks the items that match it; the length is the number
/// of zero bits left. The cost is the other sequence's length, not the product of the two: comparing a story's
/// sentences and quotes pair by pair is where that product was paid.
public struct CommonSubsequence: Sendable {
    /// The most items the shorter sequence may have: one bit each.
    public static let capacity = 64

    /// The sequence's distinct items, ascending, each with the bits of its positions.
    private let items: [Int]
    private let masks: [UInt64]
    /// How many items the sequence has.
    public let count: Int

    /// Indexes a sequence of at most `capacity` items; nil for a longer one.
    public init?(_ sequence: [Int]) {
        guard sequence.count <= Self.capacity else { return nil }
        var pairs = sequence.enumerated().map { (item: $0.element, bit: UInt64(1) << UInt64($0.offset)) }
        pairs.sort { $0.item < $1.item }
        var items: [Int] = [], masks: [UInt64] = []
        for pair in pairs {
            if items.last == pair.item { masks[masks.count - 1] |= pair.bit } else {
                items.append(pair.item)
                masks.append(pair.bit)
            }
        }
        self.items = items
        self.masks = masks
        count = sequence.count
    }

    /// The positions of this sequence holding `item`, as bits.
    public func mask(of item: Int) -> UInt64 {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle] < item { low = middle + 1 } else { high = middle }
        }
        return low < items.count && items[low] == item ? masks[low] : 0
    }

    /// The length of the longest common subsequence of this sequence and another, given for each of the other's
    /// items, in order, the bits of this sequence's positions that match it.
    public func length<Matches: Sequence<UInt64>>(matching matches: Matches) -> Int {
        var row = UInt64.max
        for match in matches {
            row = (row &+ (row & match)) | (row & ~match)
        }
        let used = count == 64 ? UInt64.max : (UInt64(1) << UInt64(count)) - 1
        return count - (row & used).nonzeroBitCount
    }

    /// The length of the longest common subsequence with `other`, items matching when equal.
    public func length(with other: [Int]) -> Int {
        length(matching: other.lazy.map(mask(of:)))
    }
}
