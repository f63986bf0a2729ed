/// libxml2 takes "<!" for the start of a comment or declaration and looks through the rest of the page for its
/// end, again for every one: a page of stray "<!" cost the square of its length (300 KB took 11.6 s). A "<!"
/// that opens nothing HTML writes after it ("<!--", "<!DOCTYPE", "<![CDATA[") is text, and is escaped before
/// the page is parsed.
enum StrayMarkup {
    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        let less = UInt8(ascii: "<"), bang = UInt8(ascii: "!")
        guard bytes.indices.dropLast().contains(where: { bytes[$0] == less && bytes[$0 + 1] == bang && isStray(bytes, at: $0) })
        else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        for (index, byte) in bytes.enumerated() {
            if byte == less, index + 1 < bytes.count, bytes[index + 1] == bang, isStray(bytes, at: index) {
                result.append(contentsOf: "&lt;".utf8)
            } else {
                result.append(byte)
            }
        }
        return result
    }

    /// Whether the "<!" at `index` opens no comment ("<!-"), declaration ("<!DOCTYPE") or section ("<![").
    private static func isStray(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return true }
        let next = bytes[index + 2]
        return !(next == UInt8(ascii: "-") || next == UInt8(ascii: "[") || TextBytes.isASCIILetter(next))
    }
}
