/// A fingerprint of an article's text under which two copies of one wire text are equal: case and runs of
/// spaces and line breaks do not count. Texts of fewer than `minimumWords` words get none: short texts (a
/// caption, an empty body) are alike without one copying the other.
public struct ContentHash: Sendable, Hashable {
    public static let minimumWords = 20

    /// 128 bits as 32 hexadecimal digits.
    public let hex: String

    public init?(text: String) {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x8422_2325_CBF2_9CE4
        var words = 0
        var pendingSpace = false
        func feed(_ byte: UInt8) {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
        }
        for byte in text.lowercased().utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = words > 0
                continue
            }
            // A byte that starts a character (not a UTF-8 continuation byte) after a space starts a word.
            if pendingSpace || words == 0, byte & 0xC0 != 0x80 {
                if pendingSpace { feed(0x20) }
                words += 1
                pendingSpace = false
            }
            feed(byte)
        }
        guard words >= Self.minimumWords else { return nil }
        hex = Self.hexadecimal(first) + Self.hexadecimal(second)
    }

    private static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
