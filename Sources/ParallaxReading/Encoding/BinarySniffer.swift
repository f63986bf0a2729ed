/// Recognises files that are not text at all, so that they get a clear error instead of garbage articles.
enum BinarySniffer {
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data without a .gz name"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
    ]

    /// A name for the kind of binary data, or nil when the bytes look like text.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.prefix) {
            return signature.kind
        }
        if Charset.fromByteOrderMark(bytes) != nil { return nil }
        // Text never holds NUL bytes, and holds few other control characters.
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return "it holds NUL bytes" }
            if byte < 0x20 && !TextBytes.isSpace(byte) && byte != 0x1B { controls += 1 }
        }
        return controls * 10 > head.count ? "mostly control characters" : nil
    }
}
