import Foundation

/// Folds text for comparison: lower case, diacritics removed, other scripts transliterated to Latin
/// ("Медведев" → "medvedev", "Kadhafi" stays "kadhafi", "Moamer Kadhafi’s" → "moamer kadhafi's").
public enum TextNormalizer {
    private static let toLatinASCII = StringTransform("Any-Latin; Latin-ASCII")

    /// The folded form. ASCII text takes a fast path; only other text goes through ICU's transliterator.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let latin = text.applyingTransform(toLatinASCII, reverse: false) ?? text
        return latin.lowercased()
    }

    /// Folded, with apostrophes, hyphens and full stops removed: the key two spellings of a name share
    /// ("U.N." → "un", "al-Assad" → "alassad", "O’Brien" → "obrien").
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let isKept = scalar.isASCII
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == " "
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isKept { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
