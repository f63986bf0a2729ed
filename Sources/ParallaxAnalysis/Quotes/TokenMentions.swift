/// The entity mention each token of an article belongs to, if any: (entity index, mention index).
///
/// Packed in one 64-bit integer a token, not an optional pair of `Int` (24 bytes a token): for an article of
/// ten million tokens the difference is 160 MB.
struct TokenMentions {
    private var packed: [Int64]

    init(count: Int) {
        packed = [Int64](repeating: -1, count: count)
    }

    subscript(token: Int) -> (entity: Int, mention: Int)? {
        get {
            let value = packed[token]
            return value < 0 ? nil : (Int(value >> 32), Int(value & 0xFFFF_FFFF))
        }
        set {
            packed[token] = newValue.map { Int64($0.entity) << 32 | Int64($0.mention) } ?? -1
        }
    }
}
