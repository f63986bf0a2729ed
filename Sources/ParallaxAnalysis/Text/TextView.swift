/// An article's text as UTF-8 bytes, for slicing tokens without walking the `String` again.
public struct TextView: Sendable {
    public let text: String
    public let utf8: [UInt8]

    public init(_ text: String) {
        self.text = text
        self.utf8 = Array(text.utf8)
    }

    /// The text of a token.
    public func string(_ token: Token) -> String {
        string(bytes: token.bytes)
    }

    public func string(bytes range: Range<Int>) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The text from the start of one token to the end of another.
    public func string(from first: Token, to last: Token) -> String {
        string(bytes: first.bytes.lowerBound..<last.bytes.upperBound)
    }

    /// The first byte of a token: cheap tests for case and punctuation.
    public func firstByte(_ token: Token) -> UInt8 {
        utf8[token.bytes.lowerBound]
    }
}
