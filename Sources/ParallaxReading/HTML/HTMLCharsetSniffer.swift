/// Decides how a page's bytes are encoded: a byte-order mark, then `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB, then UTF-8 if the bytes are
/// valid UTF-8, then Windows-1252 (what browsers assume of unlabelled Western pages). Declarations are checked
/// against the bytes: pages are saved and converted by tools that leave the old `<meta>` behind.
enum HTMLCharsetSniffer {
    static func charset(of bytes: [UInt8]) -> Charset {
        if let (charset, _) = Charset.fromByteOrderMark(bytes) { return charset }
        if let label = declaredCharset(in: bytes.prefix(4096)) ?? declaredCharset(in: head(of: bytes)) {
            let declared = Charset(label: label)
            // A page that declares UTF-8 but is not valid UTF-8 is, in practice, Windows-1252 (in whole or in
            // part): its valid UTF-8 stays UTF-8, its other bytes are read as Windows-1252.
            if declared == .utf8 { return isValidUTF8(bytes) ? .utf8 : .utf8RepairedAsWindows1252 }
            // UTF-16 declared inside an ASCII-compatible page is a lie the bytes already contradict.
            if declared == .utf16LittleEndian || declared == .utf16BigEndian {
                return isValidUTF8(bytes) ? .utf8 : .utf8RepairedAsWindows1252
            }
            // Any other declaration on bytes that are valid UTF-8 with non-ASCII characters in it is stale: text in
            // a legacy charset is almost never valid UTF-8 once it holds a byte above 0x7F.
            if holdsMultibyteUTF8(bytes), isValidUTF8(bytes) { return .utf8 }
            return declared
        }
        return isValidUTF8(bytes) ? .utf8 : .utf8RepairedAsWindows1252
    }

    private static func holdsMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0xC2 }
    }

    /// The bytes before `<body` (at most 512 KB): pages whose head opens with kilobytes of scripts and styles
    /// declare their charset after the first 4 KB, and browsers still honour it.
    static func head(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        let limit = bytes.prefix(512 * 1024)
        let body = Array("<body".utf8)
        var index = limit.startIndex
        while index + body.count <= limit.endIndex {
            if limit[index] == UInt8(ascii: "<"),
               limit[index..<(index + body.count)].map(TextBytes.lowercasedASCII).elementsEqual(body) {
                return limit[..<index]
            }
            index += 1
        }
        return limit
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { TextBytes.firstInvalidUTF8Offset($0) == nil }
    }

    /// The label after `charset=` inside the first `<meta …>` tag that has one.
    static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        let lower = head.map(TextBytes.lowercasedASCII)
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var index = 0
        while let start = find(meta, in: lower, from: index) {
            let end = lower[start...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            if let found = find(charset, in: Array(lower[start..<end]), from: 0) {
                var cursor = start + found + charset.count
                while cursor < end, TextBytes.isSpace(lower[cursor]) || lower[cursor] == UInt8(ascii: "=")
                    || lower[cursor] == UInt8(ascii: "\"") || lower[cursor] == UInt8(ascii: "'") {
                    cursor += 1
                }
                let labelStart = cursor
                while cursor < end, TextBytes.isASCIILetter(lower[cursor]) || TextBytes.isDigit(lower[cursor])
                    || "-_:.".utf8.contains(lower[cursor]) {
                    cursor += 1
                }
                if cursor > labelStart { return String(decoding: lower[labelStart..<cursor], as: UTF8.self) }
            }
            index = end
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
