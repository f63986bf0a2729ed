import Foundation
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// The readable forms of corpus results, for people at a terminal.
enum CorpusPrinter {
    /// `s12  2011-03-22 – 2011-03-25  2 articles, 2 events  AFP, AP` and the headline below.
    static func story(_ story: StorySummary) -> String {
        let counts = "\(plural(story.articleCount, "article")), \(plural(story.eventCount, "event"))"
        return "\(story.id.padding(toLength: 7, withPad: " ", startingAt: 0)) \(days(story.firstDate, story.lastDate))  \(counts)  "
            + outlets(story.outlets) + "\n        " + (story.headline.map { clip($0, 110) } ?? "(no headline)")
    }

    static func event(_ event: EventSummary) -> String {
        "\(event.id)  \(days(event.firstDate, event.lastDate))  \(plural(event.articleCount, "article"))  \(outlets(event.outlets))"
    }

    /// One line for an article in a list.
    static func articleLine(_ stored: StoredArticle) -> String {
        let article = stored.article
        let source = article.outlet ?? article.agency ?? "-"
        let copy = stored.duplicateOf.map { "  (copy of \($0))" } ?? ""
        return "\(article.id)  \(article.date?.description ?? "----------")  \(source)  "
            + clip(article.title ?? String(article.text.prefix(80)), 90) + copy
    }

    static func item(_ item: CorpusItem) -> String {
        switch item {
        case .story(let detail):
            var lines = ["Story " + story(detail.story), ""]
            for event in detail.events {
                lines.append("  Event " + self.event(event.event))
                if let headline = event.event.headline { lines.append("    " + clip(headline, 110)) }
                for article in event.articles { lines.append("      " + articleLine(article)) }
                if event.articles.count < event.event.articleCount {
                    lines.append("      … and \(event.event.articleCount - event.articles.count) more")
                }
            }
            return lines.joined(separator: "\n")
        case .event(let detail):
            var lines = ["Event " + event(detail.event) + "  (story \(detail.event.story))"]
            if let headline = detail.event.headline { lines.append("  " + clip(headline, 110)) }
            for article in detail.articles { lines.append("    " + articleLine(article)) }
            return lines.joined(separator: "\n")
        case .article(let detail):
            let stored = detail.article
            var lines = ["Story     \(stored.story)" + (detail.story?.headline.map { "  " + clip($0, 90) } ?? ""),
                         "Event     \(stored.event)"]
            if let original = detail.original { lines.append("Copy of   " + articleLine(original)) }
            if let url = stored.article.url { lines.append("URL       " + url) }
            lines.append(ArticlePrinter.block(stored.article))
            if !detail.copies.isEmpty {
                lines.append("\nCopies (\(detail.copies.count)):")
                lines += detail.copies.map { "  " + articleLine($0) }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// A search hit: the article's line, then its passage with matches in bold on a terminal, «» elsewhere.
    static func hit(_ hit: SearchHit, terminal: Bool) -> String {
        let passage = hit.snippet.map { run in
            guard run.highlighted else { return run.text }
            return terminal ? "\u{1B}[1m\(run.text)\u{1B}[0m" : "«\(run.text)»"
        }.joined().replacingOccurrences(of: "\n", with: " ")
        return "\(articleLine(hit.article))  [\(hit.article.story) \(hit.article.event)]\n    \(passage)"
    }

    static func days(_ first: CalendarDay?, _ last: CalendarDay?) -> String {
        switch (first, last) {
        case let (first?, last?) where first == last: return "\(first)              "
        case let (first?, last?): return "\(first) – \(last)"
        default: return "(no date)                "
        }
    }

    static func outlets(_ outlets: [String]) -> String {
        guard !outlets.isEmpty else { return "" }
        let shown = outlets.prefix(6).joined(separator: ", ")
        return outlets.count > 6 ? shown + " and \(outlets.count - 6) more" : shown
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count.formatted()) \(noun)\(count == 1 ? "" : "s")"
    }

    static func clip(_ text: String, _ length: Int) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > length ? String(line.prefix(length - 1)) + "…" : line
    }
}
