/// The dateline that opens wire copy: `MOSCOW (AP) —`, `WASHINGTON, March 22 (Reuters) -`,
/// `PARIS, 25 mars (AFP) -`, `SAN FRANCISCO —`.
struct Dateline: Equatable {
    /// The place, as written ("MOSCOW").
    var place: String
    /// The agency in parentheses, canonical ("AP"), when there is one.
    var agency: String?

    /// Reads a dateline at the start of `paragraph`; nil when the paragraph does not open with one.
    init?(openingParagraph paragraph: String) {
        // The dateline ends at the first dash within a short prefix.
        let window = paragraph.prefix(100)
        guard let dash = Self.firstDash(in: window) else { return nil }
        let head = window[..<dash.lowerBound]
        var placePart = head
        var agency: String?
        if let open = head.lastIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            let inside = head[head.index(after: open)..<close]
            agency = NewsAgency.canonicalName(of: inside) ?? (inside.split(separator: " ").count <= 3 ? String(inside) : nil)
            placePart = head[..<open]
        }
        // The place is the text before any comma (which starts a date or a region) and must be in capitals.
        let place = (placePart.split(separator: ",", maxSplits: 1).first ?? "").trimmingSpacesAndPunctuation()
        let letters = place.filter(\.isLetter)
        guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }), place.split(separator: " ").count <= 4 else {
            return nil
        }
        self.place = String(place)
        self.agency = agency
    }

    /// The range of the first "—", "–", " - " or "--" separator.
    private static func firstDash(in text: Substring) -> Range<Substring.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "—" || character == "–" { return index..<text.index(after: index) }
            if character == "-" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "-" { return index..<text.index(after: next) }
                let before = index > text.startIndex ? text[text.index(before: index)] : " "
                if before == " " && (next == text.endIndex || text[next] == " ") { return index..<next }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
