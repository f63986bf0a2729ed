/// Pairs quotation marks into quoted spans, robustly: curly marks say which way they face; straight marks
/// are read from their neighbours; a quote left open at a paragraph's end continues only if the next
/// paragraph opens with a mark (the convention for quotes over several paragraphs); any other unclosed mark
/// is dropped rather than allowed to swallow the rest of the article.
struct QuoteMarks {
    /// A quoted span: from its opening mark to its closing mark (token indices, inclusive).
    struct Span {
        var open: Int
        var close: Int
        /// Token indices where later paragraphs of a multi-paragraph quote reopen.
        var reopenings: [Int]
    }

    enum Direction {
        case opening, closing, either
    }

    static func direction(of mark: String) -> Direction? {
        switch mark {
        case "“", "«", "„": return .opening
        case "”", "»": return .closing
        case "\"": return .either
        default: return nil
        }
    }

    static func spans(_ tokens: [Token], strings: TokenStrings) -> [Span] {
        var spans: [Span] = []
        var open: Int?
        var reopenings: [Int] = []
        for index in tokens.indices where tokens[index].kind == .punctuation {
            guard var direction = direction(of: strings.original[index]) else { continue }
            if direction == .either { direction = straightDirection(index, tokens, isOpen: open != nil) }
            // A curly opening mark glued to the word before and followed by space is a closing mark in disguise.
            if direction == .opening, open != nil, gluedBefore(index, tokens), !gluedAfter(index, tokens) {
                direction = .closing
            }
            // The paragraph the quote was last (re)opened in.
            if let start = open, paragraphChanged(since: reopenings.last ?? start, upTo: index, tokens) {
                // The quote ran to a paragraph's end: it continues only where the very next paragraph opens
                // with a mark.
                let anchor = reopenings.last ?? start
                let opensParagraph = direction == .opening && isFirstInParagraph(index, tokens)
                    && tokens[(anchor + 1)...index].filter(\.startsParagraph).count == 1
                if opensParagraph, reopenings.count < 20 {
                    reopenings.append(index)
                    continue
                }
                open = nil
                reopenings = []
            }
            switch direction {
            case .opening:
                open = index  // an earlier unclosed mark in this paragraph was stray
                reopenings = []
            case .closing:
                if let start = open {
                    spans.append(Span(open: start, close: index, reopenings: reopenings))
                    open = nil
                    reopenings = []
                }
            case .either:
                break
            }
        }
        return spans
    }

    /// A straight mark opens when space or an opening bracket comes before it and a word after it.
    private static func straightDirection(_ index: Int, _ tokens: [Token], isOpen: Bool) -> Direction {
        let before = gluedBefore(index, tokens)
        let after = gluedAfter(index, tokens)
        if !before && after { return .opening }
        if before && !after { return .closing }
        return isOpen ? .closing : .opening
    }

    private static func gluedBefore(_ index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && tokens[index - 1].end == tokens[index].start && !tokens[index].startsParagraph
    }

    private static func gluedAfter(_ index: Int, _ tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end && !tokens[index + 1].startsParagraph
    }

    private static func isFirstInParagraph(_ index: Int, _ tokens: [Token]) -> Bool {
        tokens[index].startsParagraph
    }

    /// Whether a paragraph starts after `start` and at or before `index`.
    private static func paragraphChanged(since start: Int, upTo index: Int, _ tokens: [Token]) -> Bool {
        tokens[(start + 1)...index].contains { $0.startsParagraph }
    }
}
