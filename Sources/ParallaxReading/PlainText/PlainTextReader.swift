/// Reads a news report saved as plain text, in the shape of copied web pages and wire feeds:
/// a headline line, date and credit lines, a dateline, paragraphs, and page furniture around them.
///
/// ```swift
/// let article = PlainTextReader().article(from: text, id: "000_7800a2805b90ebf6")
/// article?.date  // 2011-03-25, from "25th March 2011, Comments 0 comments"
/// ```
public struct PlainTextReader: Sendable {
    /// How many lines at either end may hold metadata and furniture.
    var edgeLines = 6

    public init() {}

    /// The article in `text`, or nil when no body is left once furniture is removed.
    public func article(from text: String, id: String) -> Article? {
        let lines = Self.lines(of: text)
        var kept = [Bool](repeating: true, count: lines.count)
        var headline: String?
        var byline: String?
        var date: CalendarDay?
        var agencyFromMetadata: String?

        func takeMetadata(_ line: String) {
            if date == nil { date = DateFinder.firstDate(in: line) }
            if agencyFromMetadata == nil { agencyFromMetadata = NewsAgency.firstMentioned(in: line) }
        }

        // Top edge: metadata, furniture, headline and byline until the first paragraph of the story.
        var index = 0
        while index < min(lines.count, edgeLines) {
            let line = lines[index].text
            if LineClassifier.isMetadata(line) || LineClassifier.isFurniture(line) {
                takeMetadata(line)
            } else if byline == nil, let name = Self.byline(line) {
                byline = name
            } else if headline == nil, Self.looksLikeHeadline(line), index + 1 < lines.count {
                headline = line
            } else {
                break
            }
            kept[index] = false
            index += 1
        }
        let firstBodyLine = index

        // Bottom edge: credits and short chrome lines after the last paragraph.
        index = lines.count - 1
        while index >= max(firstBodyLine + 1, lines.count - edgeLines) {
            let line = lines[index].text
            guard LineClassifier.isMetadata(line) || LineClassifier.isFurniture(line)
                || LineClassifier.isShortNonSentence(line)
            else { break }
            takeMetadata(line)
            kept[index] = false
            index -= 1
        }

        // Anywhere: lines made only of page chrome ("Advertisement", "Share this article").
        for (position, line) in lines.enumerated() where kept[position] && LineClassifier.isFurniture(line.text) {
            kept[position] = false
        }

        let paragraphs = Self.paragraphs(of: lines, kept: kept)
        guard let opening = paragraphs.first else { return nil }
        let dateline = Dateline(openingParagraph: opening)
        return Article(
            id: id,
            text: paragraphs.joined(separator: "\n\n"),
            title: headline ?? LeadSentence.title(fromOpeningParagraph: opening, dateline: dateline),
            date: date,
            agency: dateline?.agency ?? agencyFromMetadata,
            dateline: dateline?.place,
            byline: byline
        )
    }

    // MARK: Lines and paragraphs

    struct Line {
        /// The line with runs of white space collapsed.
        var text: String
        /// Which blank-line-separated block the line belongs to.
        var block: Int
    }

    static func lines(of text: String) -> [Line] {
        var lines: [Line] = []
        var block = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let collapsed = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if collapsed.isEmpty {
                block += 1
            } else {
                lines.append(Line(text: collapsed, block: block))
            }
        }
        return lines
    }

    /// Joins the kept lines into paragraphs: a blank line ends a paragraph; where a text has no blank lines
    /// at all, each line is a paragraph.
    static func paragraphs(of lines: [Line], kept: [Bool]) -> [String] {
        let blankLineSeparated = Set(lines.map(\.block)).count > 1
        var paragraphs: [String] = []
        var currentBlock = -1
        for (line, isKept) in zip(lines, kept) where isKept {
            if blankLineSeparated, line.block == currentBlock, !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1] += " " + line.text
            } else {
                paragraphs.append(line.text)
            }
            currentBlock = line.block
        }
        return paragraphs
    }

    /// A headline is short and does not end as a sentence of running text does.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = LineClassifier.words(of: line).count
        return words >= 2 && words <= 20 && !(line.hasSuffix(".") && words > 12)
    }

    /// "By Jane Smith" → "Jane Smith".
    static func byline(_ line: String) -> String? {
        guard line.hasPrefix("By "), LineClassifier.words(of: line).count <= 8, !line.hasSuffix(".") else { return nil }
        return String(line.dropFirst(3))
    }
}
