import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedReader {
    static func read(_ data: Data, source: String, url: String?) throws(ReadingError) -> Feed {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ReadingError(source: source, reason: .notAFeed("malformed JSON"))
        }
        guard (object["version"] as? String)?.contains("jsonfeed.org") == true || object["items"] is [Any] else {
            throw ReadingError(source: source, reason: .notAFeed("a JSON object without \"version\" or \"items\""))
        }
        let home = string(object["home_page_url"])
        let base = home ?? string(object["feed_url"]) ?? url
        var feed = Feed(kind: .jsonFeed, title: string(object["title"]), link: home, language: string(object["language"]))
        feed.entries = (object["items"] as? [[String: Any]] ?? []).map { item in
            let link = resolved(string(item["url"]) ?? string(item["external_url"]), against: base)
            return FeedEntry(
                title: string(item["title"]), link: link, id: string(item["id"]) ?? (item["id"] as? NSNumber)?.stringValue ?? link,
                published: string(item["date_published"]).flatMap(FeedDate.parse),
                updated: string(item["date_modified"]).flatMap(FeedDate.parse),
                author: author(item) ?? author(object), summary: string(item["summary"]),
                content: string(item["content_html"]) ?? string(item["content_text"]), language: string(item["language"]))
        }
        return feed
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// 1.1's `authors` (first), else 1.0's `author`.
    private static func author(_ object: [String: Any]) -> String? {
        string((object["authors"] as? [[String: Any]])?.first?["name"]) ?? string((object["author"] as? [String: Any])?["name"])
    }

    private static func resolved(_ link: String?, against base: String?) -> String? {
        guard let link else { return nil }
        guard let base, let baseURL = URL(string: base) else { return link }
        return URL(string: link, relativeTo: baseURL)?.absoluteString ?? link
    }
}
