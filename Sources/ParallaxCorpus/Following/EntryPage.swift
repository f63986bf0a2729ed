import Foundation
import ParallaxReading
import ParallaxStorage

/// An entry's page made an article: what the page says, with the feed filling what it lacks.
enum EntryPage {
    /// Reads the page with the HTML reader. The page's own title, date, author and language win; the entry's (or
    /// the feed's, for the language) fill the gaps. The page's canonical URL, resolved against where it was
    /// fetched from, is the article's URL, so that it decides identity; without one, the address after redirects.
    static func article(
        page bytes: [UInt8], fetchedFrom pageURL: String, entry: FeedEntry, feed: Feed, identifier: LanguageIdentifier
    ) throws(ReadingError) -> Article {
        var article = try HTMLReader().article(from: bytes, id: "", source: pageURL)
        let url = article.url.flatMap { URL(string: $0, relativeTo: URL(string: pageURL))?.absoluteURL.absoluteString }
            .flatMap { CanonicalURL($0) == nil ? nil : $0 } ?? pageURL
        article.url = url
        article.id = id(forURL: url)
        if article.outlet?.isEmpty ?? true { article.outlet = URLComponents(string: url)?.host }
        if article.title == nil { article.title = entry.title }
        if article.date == nil, let published = entry.published ?? entry.updated {
            let (day, time) = dayAndTime(published)
            article.date = day
            article.time = time
        }
        if article.byline == nil { article.byline = entry.author }
        if article.language == nil {
            article.language = (entry.language ?? feed.language).map(primaryLanguage)
                ?? identifier.identify((article.title.map { $0 + "\n" } ?? "") + article.text)
        }
        return article
    }

    /// A stable ID from the canonical URL: the same page gets the same ID on every poll and in every store.
    static func id(forURL url: String) -> String {
        let key = CanonicalURL(url)?.string ?? url
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let digits = String(hash, radix: 16)
        return "web-" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The UTC day and time of a date, as `Article.date` and `Article.time` hold them.
    static func dayAndTime(_ date: Date) -> (CalendarDay?, String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = CalendarDay(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
        let time = String(format: "%02d:%02d:%02dZ", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return (day, time)
    }

    /// "en-us" → "en".
    static func primaryLanguage(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0.isLetter })
    }
}
