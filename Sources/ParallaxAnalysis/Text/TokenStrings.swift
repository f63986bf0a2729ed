/// The text of every token and its lower-case form, made once per article and shared by all stages
/// (making a `String` per token per stage cost more than the stages' own work).
///
/// Each distinct token text is made into a `String` once, and each token holds only its number in that table:
/// 4 bytes a token rather than two 16-byte strings. An article repeats its words, and a hostile one its marks
/// (a 10 MB page of "<!" is ten million tokens and two strings), so the strings took 32 times the text.
public struct TokenStrings: Sendable {
    public let original: TokenTexts
    public let lowercased: TokenTexts

    public init(_ tokens: [Token], in text: TextView) {
        var table = TokenTable()
        var numbers: [UInt32] = []
        numbers.reserveCapacity(tokens.count)
        text.utf8.withUnsafeBufferPointer { bytes in
            for token in tokens { numbers.append(table.number(of: token.bytes, in: bytes)) }
        }
        // Lower-casing is a function of the text: done once per distinct text. Most tokens are already lower
        // case, and keep the same string then.
        let lowercased = table.strings.map { string in
            string.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? string.lowercased() : string
        }
        original = TokenTexts(numbers: numbers, table: table.strings)
        self.lowercased = TokenTexts(numbers: numbers, table: lowercased)
    }
}

/// One string per token, read by the token's index, as an array of strings would be.
public struct TokenTexts: RandomAccessCollection, Sendable {
    /// Each token's number in `table`.
    private let numbers: [UInt32]
    /// The distinct texts.
    private let table: [String]

    init(numbers: [UInt32], table: [String]) {
        self.numbers = numbers
        self.table = table
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }

    public subscript(index: Int) -> String {
        table[Int(numbers[index])]
    }
}

/// The distinct byte strings of an article's tokens, numbered in order of first appearance: an open-addressing
/// hash table over the text's bytes, so that a repeated token makes no `String` to be looked up by. Hashed with
/// the standard library's per-process seeded hasher: an article chosen to collide cannot make it quadratic.
private struct TokenTable {
    private(set) var strings: [String] = []
    /// Where each distinct text first occurs in the bytes, and its hash.
    private var places: [(start: UInt32, count: UInt32, hash: Int)] = []
    /// Slot → number + 1 (0 is empty); a power of two, at most half full.
    private var slots = [UInt32](repeating: 0, count: 1024)

    mutating func number(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let piece = UnsafeBufferPointer(rebasing: bytes[range])
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(piece))
        let hash = hasher.finalize()
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            let place = places[number]
            if place.hash == hash, Int(place.count) == piece.count,
               piece.elementsEqual(bytes[Int(place.start)..<Int(place.start) + piece.count]) {
                return UInt32(number)
            }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        strings.append(String(decoding: piece, as: UTF8.self))
        places.append((UInt32(range.lowerBound), UInt32(piece.count), hash))
        slots[slot] = UInt32(number + 1)
        if strings.count * 2 > slots.count { grow() }
        return UInt32(number)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, place) in places.enumerated() {
            var slot = place.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(number + 1)
        }
    }
}
