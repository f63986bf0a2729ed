/// A consonant skeleton under which transliterations of one name agree: Kadhafi, Gadhafi, Gaddafi, Qaddafi and
/// Khadafy all give "KTF"; Moamer, Moammar and Muammar give "MR"; Gates gives "KTS" and stays apart.
///
/// Folded to ASCII first, so Cyrillic and other scripts are compared through their Latin transliteration.
/// Sounds that transliterations swap are one class: k/g/q/c/kh/gh, t/d/th/dh, f/v/ph/w, s/z/c(e,i), b/p, j/y-less.
public enum PhoneticKey {
    public static func of(_ name: String) -> String {
        let letters = Array(TextNormalizer.fold(name).unicodeScalars.filter { $0.properties.isAlphabetic && $0.isASCII })
            .map { Character($0) }
        var key: [Character] = []
        var index = 0
        func emit(_ code: Character) {
            if key.last != code { key.append(code) }
        }
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : " "
            switch letter {
            case "a", "e", "i", "o", "u", "y", "h":
                // Vowels and h carry little across transliterations; they only separate consonants.
                if !key.isEmpty, key.last != "·" { key.append("·") }
            case "k", "g", "q": emit("K")
            case "c": emit(next == "e" || next == "i" ? "S" : next == "h" ? "X" : "K")
            case "t", "d": emit("T")
            case "f", "v", "w": emit("F")
            case "p":
                if next == "h" {
                    emit("F")
                    index += 1
                } else {
                    emit("P")
                }
            case "b": emit("P")
            case "s", "z": emit(next == "h" ? "X" : "S")
            case "x": emit("K"); emit("S")
            case "j":
                // After a vowel, j transliterates a glide ("Dmitrij" for "Dmitry"): it sounds as a vowel.
                if index > 0, "aeiouy".contains(letters[index - 1]) {
                    if !key.isEmpty, key.last != "·" { key.append("·") }
                } else {
                    emit("J")
                }
            case "l": emit("L")
            case "m": emit("M")
            case "n": emit("N")
            case "r": emit("R")
            default: break
            }
            index += 1
        }
        // Separators only kept doubled consonants apart ("Ab·ba"); drop them and collapse repeats.
        var result: [Character] = []
        for code in key where code != "·" && result.last != code {
            result.append(code)
        }
        return String(result)
    }
}

/// Jaro-Winkler similarity of two strings (1 for equal strings, 0 for nothing in common).
public enum JaroWinkler {
    public static func similarity(_ first: String, _ second: String) -> Double {
        let a = Array(first), b = Array(second)
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var aMatched = [Bool](repeating: false, count: a.count)
        var bMatched = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let low = max(0, i - window), high = min(b.count - 1, i + window)
            guard low <= high else { continue }
            for j in low...high where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true
                bMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0
        var j = 0
        for i in a.indices where aMatched[i] {
            while !bMatched[j] { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
        let prefix = zip(a, b).prefix(4).prefix { $0 == $1 }.count
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
