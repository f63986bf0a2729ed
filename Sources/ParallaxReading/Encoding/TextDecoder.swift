/// Turns bytes into Swift strings: byte-order marks, strict UTF-8, UTF-16 and Windows-1252.
enum TextDecoder {
    /// Decodes UTF-8 (or UTF-16 with a byte-order mark), failing with the offset of the first bad byte.
    static func decodeStrict(_ bytes: [UInt8], source: String, line: Int? = nil) throws(ReadingError) -> String {
        if let (charset, markLength) = Charset.fromByteOrderMark(bytes), charset != .utf8 {
            return decode(bytes[markLength...], as: charset) ?? ""
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let invalidOffset = bytes.withUnsafeBufferPointer { buffer in
            TextBytes.firstInvalidUTF8Offset(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
        if let invalidOffset {
            throw ReadingError(source: source, line: line, reason: .invalidUTF8(byteOffset: start + invalidOffset))
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Decodes bytes in a charset Parallax knows; nil for `.other`.
    static func decode(_ bytes: ArraySlice<UInt8>, as charset: Charset) -> String? {
        switch charset {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            let littleEndian = charset == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes {
                scalars.append(windows1252Scalar(byte))
            }
            return String(scalars)
        case .utf8RepairedAsWindows1252:
            return decodeUTF8RepairingWithWindows1252(Array(bytes))
        case .other:
            return nil
        }
    }

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Valid UTF-8 stretches as UTF-8; each byte that breaks UTF-8 as the Windows-1252 character it would be.
    private static func decodeUTF8RepairingWithWindows1252(_ bytes: [UInt8]) -> String {
        var result = ""
        result.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let rest = UnsafeBufferPointer(rebasing: buffer[start...])
                guard let invalid = TextBytes.firstInvalidUTF8Offset(rest) else {
                    result += String(decoding: rest, as: UTF8.self)
                    break
                }
                result += String(decoding: UnsafeBufferPointer(rebasing: rest[..<invalid]), as: UTF8.self)
                result.unicodeScalars.append(windows1252Scalar(rest[invalid]))
                start += invalid + 1
            }
        }
        return result
    }

    /// What Windows-1252 puts at 0x80…0x9F, where ISO-8859-1 has control characters.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
