/// The text of every token and its lower-case form, made once per article and shared by all stages
/// (making a `String` per token per stage cost more than the stages' own work).
public struct TokenStrings: Sendable {
    public let original: [String]
    public let lowercased: [String]

    public init(_ tokens: [Token], in text: TextView) {
        var original: [String] = []
        var lowercased: [String] = []
        original.reserveCapacity(tokens.count)
        lowercased.reserveCapacity(tokens.count)
        for token in tokens {
            let string = text.string(token)
            original.append(string)
            // Most tokens are already lower case: keep the same string then.
            let hasUpper = text.utf8[token.bytes].contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }
            lowercased.append(hasUpper ? string.lowercased() : string)
        }
        self.original = original
        self.lowercased = lowercased
    }
}
