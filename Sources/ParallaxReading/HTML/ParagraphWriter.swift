/// Collects text runs into paragraphs with white space collapsed, dropping empty ones.
struct ParagraphWriter {
    private var paragraphs: [String] = []
    private var current = ""

    mutating func append(_ text: String) {
        current += text
    }

    mutating func breakParagraph() {
        let paragraph = current.collapsingWhitespace()
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        current = ""
    }

    /// The paragraphs, without lines of page chrome ("Advertisement", "Share this article").
    mutating func finish() -> [String] {
        breakParagraph()
        return paragraphs.filter { !LineClassifier.isFurniture($0) }
    }
}
