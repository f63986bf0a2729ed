/// A character encoding Parallax decodes itself; any other is handed to libxml2 (which uses iconv).
enum Charset: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case windows1252
    /// UTF-8 where the bytes are valid UTF-8 and Windows-1252 for each byte that is not: what a page labelled (or
    /// presumed) UTF-8 turns out to be when a template in UTF-8 meets text pasted in Windows-1252, or when the
    /// whole page is Windows-1252 (then every high byte is invalid UTF-8 and is read as Windows-1252).
    case utf8RepairedAsWindows1252
    /// A label Parallax does not decode itself, such as `shift_jis` or `koi8-r`.
    case other(String)

    /// Maps a label from `<meta charset>` or an HTTP header to a charset (WHATWG labels, simplified).
    init(label: some StringProtocol) {
        let name = label.lowercased().trimmingCharacters(in: " \t\"'")
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16le", "utf-16": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        // WHATWG decodes all of these as Windows-1252, its superset.
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
            "x-cp1252", "iso_8859-1":
            self = .windows1252
        default: self = .other(name)
        }
    }

    /// The name to hand iconv for a label Parallax does not decode itself: WHATWG decodes a legacy label as its
    /// superset (pages labelled GB2312 hold GBK characters, Shift_JIS pages hold Windows-31J ones), and iconv
    /// stops at the first character outside a strict charset, losing the rest of the page.
    static func supersetName(of label: String) -> String {
        switch label {
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "gb_2312", "gb_2312-80",
            "gb18030":
            return "GB18030"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "ms932", "windows-31j":
            return "CP932"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "csksc56011987", "korean",
            "iso-ir-149", "windows-949":
            return "CP949"
        case "tis-620", "iso-8859-11", "iso8859-11", "windows-874", "dos-874":
            return "CP874"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return "BIG5-HKSCS"
        case "iso-8859-9", "iso8859-9", "latin5", "l5":
            return "CP1254"
        default:
            return label
        }
    }

    /// The charset announced by a byte-order mark, with the mark's length.
    static func fromByteOrderMark(_ bytes: some Collection<UInt8>) -> (Charset, Int)? {
        let head = Array(bytes.prefix(3))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return (.utf8, 3) }
        if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }
}

