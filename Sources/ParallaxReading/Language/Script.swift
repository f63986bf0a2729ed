/// Writing systems, as far as language identification needs them.
enum Script: CaseIterable {
    case latin, cyrillic, arabic, greek, hebrew, kana, han, hangul, thai, devanagari, georgian, armenian

    /// The language a script names by itself; nil for scripts shared by many languages.
    var language: String? {
        switch self {
        case .greek: "el"
        case .hebrew: "he"
        case .kana: "ja"
        case .han: "zh"
        case .hangul: "ko"
        case .thai: "th"
        case .devanagari: "hi"
        case .georgian: "ka"
        case .armenian: "hy"
        case .latin, .cyrillic, .arabic: nil
        }
    }

    static func of(_ scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: .latin
        case 0x400...0x52F: .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
        case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
        case 0x590...0x5FF: .hebrew
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: .han
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: .hangul
        case 0xE00...0xE7F: .thai
        case 0x900...0x97F: .devanagari
        case 0x10A0...0x10FF: .georgian
        case 0x530...0x58F: .armenian
        default: nil
        }
    }

    /// The script of the languages that have profiles.
    static func of(language: String) -> Script {
        switch language {
        case "ru", "uk", "bg", "mk", "sr", "be", "kk": .cyrillic
        case "ar", "fa", "ur", "ps": .arabic
        default: .latin
        }
    }
}

/// Letters counted by script.
struct ScriptCounts {
    private var counts = [Int](repeating: 0, count: Script.allCases.count)

    mutating func count(_ scalar: Unicode.Scalar) {
        guard let script = Script.of(scalar) else { return }
        counts[Script.allCases.firstIndex(of: script)!] += 1
    }

    /// The script with the most letters; Japanese text mixes kana with Han characters, so a fair share of kana
    /// makes it Japanese even where Han characters are more.
    var dominant: Script? {
        let kana = counts[Script.allCases.firstIndex(of: .kana)!]
        let han = counts[Script.allCases.firstIndex(of: .han)!]
        if kana > 0, kana * 5 >= kana + han, kana + han >= counts.max()! / 2 { return .kana }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
        return Script.allCases[best]
    }
}
