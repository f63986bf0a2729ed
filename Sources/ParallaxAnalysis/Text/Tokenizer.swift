import ParallaxReading

/// Splits text into tokens by scanning its UTF-8 bytes once (no `Regex`: a byte scanner is two orders of
/// magnitude faster). Possessives are their own token ("Gates" "’s"); inner hyphens and apostrophes stay
/// inside words; "U.S." and "Mr." keep their full stops; each CJK character is a token.
///
/// ```swift
/// Tokenizer.tokenize("Mr. Gates’s cease-fire call, on 22 March.").map { … }
/// // "Mr." "Gates" "’s" "cease-fire" "call" "," "on" "22" "March" "."
/// ```
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// Tokens of the first 4 GiB of the text (`Token` keeps 32-bit offsets); the reader's limits on an
    /// article's size are far below.
    public static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let readable = UnsafeBufferPointer(rebasing: bytes.prefix(Int(UInt32.max) - 8))
        var tokens: [Token] = []
        tokens.reserveCapacity(readable.count > countedAbove ? count(readable) : readable.count / 5)
        var scanner = Scanner(bytes: readable)
        while let token = scanner.next() {
            tokens.append(token)
        }
        return tokens
    }

    /// Texts longer than this are scanned twice, to count their tokens first: a 10 MB page of "<!" is ten
    /// million tokens (200 MB), which an array grown by doubling held in up to twice that, and three times while
    /// copying. An ordinary article is not counted: its array is small, and a second scan would cost time.
    static let countedAbove = 256 * 1024

    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scanner = Scanner(bytes: bytes)
        var count = 0
        while scanner.next() != nil { count += 1 }
        return count
    }

    /// What a scalar is, as far as tokenizing goes.
    enum CharacterClass {
        case letter, digit, space, newline, cjk, other
    }

    /// The class of each ASCII byte, looked up rather than computed: tokenizing spends most of its time here.
    static let asciiClasses: [CharacterClass] = (0..<128).map { byte in
        switch byte {
        case 0x61...0x7A, 0x41...0x5A: return .letter
        case 0x30...0x39: return .digit
        case 0x0A: return .newline
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return .space
        default: return .other
        }
    }

    static func characterClass(_ scalar: UInt32) -> CharacterClass {
        if scalar < 0x80 { return asciiClasses[Int(scalar)] }
        return nonASCIIClass(scalar)
    }

    static func nonASCIIClass(_ scalar: UInt32) -> CharacterClass {
        guard let unicode = Unicode.Scalar(scalar) else { return .other }
        switch scalar {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF: return .cjk
        case 0x2028, 0x2029, 0x85: return .newline
        default: break
        }
        let properties = unicode.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic { return .letter }
        switch properties.generalCategory {
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letter  // combining accents belong to words
        default: return .other
        }
    }
}

/// The scanning state: a position in bytes and in scalars.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var scalarIndex = 0
    /// `Tokenizer.asciiClasses`, held here so the hot loops do not go through a global's lazy initialiser.
    let asciiClasses = Tokenizer.asciiClasses

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The class of the scalar at a byte offset, and its length; ASCII bytes take the table.
    @inline(__always)
    func classAndLength(at offset: Int) -> (Tokenizer.CharacterClass, Int) {
        let byte = bytes[offset]
        if byte < 0x80 { return (asciiClasses[Int(byte)], 1) }
        let (value, length) = scalar(at: offset)
        return (Tokenizer.nonASCIIClass(value), length)
    }

    /// The scalar at a byte offset and its length in bytes (invalid bytes count as U+FFFD, one byte long).
    func scalar(at offset: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (value, length)
    }

    func classAt(_ offset: Int) -> Tokenizer.CharacterClass {
        offset < bytes.count ? classAndLength(at: offset).0 : .space
    }

    mutating func next() -> Token? {
        var sawBlankLine = false
        var newlines = 0
        // Skip white space, noting paragraph breaks.
        while position < bytes.count {
            let (kind, length) = classAndLength(at: position)
            if kind == .newline {
                newlines += 1
                if newlines >= 2 { sawBlankLine = true }
            } else if kind != .space {
                break
            }
            position += length
            scalarIndex += 1
        }
        guard position < bytes.count else { return nil }
        let startByte = position
        let startScalar = scalarIndex
        let (value, length) = scalar(at: position)
        let kind: Token.Kind
        switch Tokenizer.characterClass(value) {
        case .letter:
            kind = startsURL() ? scanURL() : scanWord()
        case .digit:
            kind = scanNumber()
        case .cjk:
            advance(length)
            kind = .cjk
        default:
            if startsURL() {
                kind = scanURL()
            } else if value == 0x27 || value == 0x2019 || value == 0x2018, isPossessiveSuffix(at: position + length) {
                // The possessive "’s" is one token (some copy writes it with an opening quote: "Russia‘s").
                advance(length)
                advance(1)
                kind = .word
            } else {
                advance(length)
                kind = .punctuation
            }
        }
        return Token(kind: kind, bytes: startByte..<position, start: startScalar, end: scalarIndex,
                     startsParagraph: sawBlankLine || startScalar == 0)
    }

    mutating func advance(_ length: Int) {
        position += length
        scalarIndex += 1
    }

    // MARK: Words

    mutating func scanWord() -> Token.Kind {
        let start = position
        while position < bytes.count {
            let (kind, length) = classAndLength(at: position)
            if kind == .letter || kind == .digit {
                advance(length)
                continue
            }
            let value = bytes[position] < 0x80 ? UInt32(bytes[position]) : scalar(at: position).value
            // Inner apostrophes and hyphens join letters: "don't", "O’Brien", "cease-fire"; not "Gates’s".
            let isApostrophe = value == 0x27 || value == 0x2019 || value == 0x2018
            let isHyphen = value == 0x2D || value == 0x2010 || value == 0x2011
            if (isApostrophe || isHyphen), classAt(position + length) == .letter {
                // A left quote mark is never inside a word; "’s" after a word is its own token.
                if isApostrophe, value == 0x2018 || isPossessiveSuffix(at: position + length) { break }
                advance(length)
                continue
            }
            break
        }
        absorbAbbreviationStop(wordStart: start)
        return .word
    }

    /// "s" (or "S") followed by a non-letter: the apostrophe before it starts a possessive token.
    func isPossessiveSuffix(at offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "s") else { return false }
        return classAt(offset + 1) != .letter
    }

    /// Takes a full stop into the word when it ends an initial ("M."), an abbreviation ("Mr.", "Col.") or an
    /// acronym with stops ("U.S.", "U.N.", "e.g.").
    mutating func absorbAbbreviationStop(wordStart: Int) {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "."), position - wordStart <= 6 else { return }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<position]), as: UTF8.self)
        // An acronym with stops: a single letter, a stop, a letter, … ("U.S.", "U.N.", "D.C.").
        if word.count == 1, classAt(position + 1) == .letter, position + 2 < bytes.count, bytes[position + 2] == UInt8(ascii: ".") {
            advance(1)
            while position + 1 < bytes.count, classAt(position) == .letter, bytes[position + 1] == UInt8(ascii: ".") {
                let (_, length) = scalar(at: position)
                advance(length)
                advance(1)
            }
            return
        }
        let isInitial = word.count == 1 && word.first!.isUppercase
        if isInitial || Abbreviations.isAbbreviation(word.lowercased()) {
            advance(1)
        }
    }

    // MARK: Numbers

    mutating func scanNumber() -> Token.Kind {
        while position < bytes.count {
            let byte = bytes[position]
            if TextBytes.isDigit(byte) {
                advance(1)
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")), position + 1 < bytes.count,
                      TextBytes.isDigit(bytes[position + 1]) {
                advance(1)
            } else {
                break
            }
        }
        // Ordinal suffixes: "25th", "1st", "3rd"; and "2011-03-22"-like ISO dates stay one token.
        let suffixLength = ordinalSuffixLength()
        for _ in 0..<suffixLength { advance(1) }
        return .number
    }

    func ordinalSuffixLength() -> Int {
        guard position + 1 < bytes.count else { return 0 }
        let pair = (bytes[position] | 0x20, bytes[position + 1] | 0x20)
        let isSuffix = pair == (UInt8(ascii: "s"), UInt8(ascii: "t")) || pair == (UInt8(ascii: "n"), UInt8(ascii: "d"))
            || pair == (UInt8(ascii: "r"), UInt8(ascii: "d")) || pair == (UInt8(ascii: "t"), UInt8(ascii: "h"))
        return isSuffix && classAt(position + 2) != .letter ? 2 : 0
    }

    // MARK: URLs

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    func startsURL() -> Bool {
        let first = bytes[position] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return false }
        return Self.urlPrefixes.contains { prefix in
            position + prefix.count <= bytes.count
                && prefix.indices.allSatisfy { bytes[position + $0] | 0x20 == prefix[$0] }
        }
    }

    mutating func scanURL() -> Token.Kind {
        while position < bytes.count {
            let (value, length) = scalar(at: position)
            let kind = Tokenizer.characterClass(value)
            if kind == .space || kind == .newline || value == 0x22 || value == 0x3C || value == 0x3E { break }
            advance(length)
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while position > 0, ".,;:!?)]'".utf8.contains(bytes[position - 1]) {
            position -= 1
            scalarIndex -= 1
        }
        return .url
    }
}
