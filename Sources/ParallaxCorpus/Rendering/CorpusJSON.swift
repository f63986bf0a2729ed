import Foundation
import ParallaxAnalysis
import ParallaxReading
import ParallaxStorage

// The JSON forms of what the corpus returns, shared by the command line and the server so that both print the
// same objects. Absent values are null; offsets count Unicode scalars.

extension IngestOutcome {
    /// `{"id", "story", "event", "duplicate_of", "status"}`, plus `"stored_as"` when stored under another ID.
    public var json: String {
        var object = JSONObjectWriter()
        object.add("id", id)
        object.add("story", story)
        object.add("event", event)
        object.add("duplicate_of", duplicateOf)
        object.add("status", status.rawValue)
        if storedID != id { object.add("stored_as", storedID) }
        return object.text
    }
}

extension StorySummary {
    /// `{"id", "headline", "first_date", "last_date", "outlets", "articles", "events"}`
    public var json: String { jsonObject().text }

    func jsonObject() -> JSONObjectWriter {
        var object = JSONObjectWriter()
        object.add("id", id)
        object.add("headline", headline)
        object.add("first_date", firstDate?.description)
        object.add("last_date", lastDate?.description)
        object.addRaw("outlets", JSONArray.strings(outlets))
        object.add("articles", articleCount)
        object.add("events", eventCount)
        return object
    }
}

extension EventSummary {
    func jsonObject() -> JSONObjectWriter {
        var object = JSONObjectWriter()
        object.add("id", id)
        object.add("story", story)
        object.add("headline", headline)
        object.add("first_date", firstDate?.description)
        object.add("last_date", lastDate?.description)
        object.addRaw("outlets", JSONArray.strings(outlets))
        object.add("articles", articleCount)
        return object
    }
}

extension StoredArticle {
    /// The interchange fields (`id, title, text, date, url, outlet, lang`), what the reader found (`time, agency,
    /// dateline, byline`) and the corpus's (`story, event, duplicate_of, canonical_url, content_hash, ingested_at,
    /// arrival`). Without `text` when `withText` is false.
    public func json(withText: Bool = true) -> String { jsonObject(withText: withText).text }

    func jsonObject(withText: Bool) -> JSONObjectWriter {
        var object = JSONObjectWriter()
        object.add("id", article.id)
        object.add("title", article.title)
        if withText { object.add("text", article.text) }
        object.add("date", article.date?.description)
        object.add("url", article.url)
        object.add("outlet", article.outlet)
        object.add("lang", article.language)
        object.add("time", article.time)
        object.add("agency", article.agency)
        object.add("dateline", article.dateline)
        object.add("byline", article.byline)
        object.add("story", story)
        object.add("event", event)
        object.add("duplicate_of", duplicateOf)
        object.add("canonical_url", canonicalURL)
        object.add("content_hash", contentHash)
        object.add("ingested_at", ingestedAt.formatted(.iso8601))
        object.add("arrival", arrival)
        return object
    }
}

extension SearchHit {
    /// The article without its text, then `"snippet"` (plain text), `"highlights"` (`[[start, end]]` in Unicode
    /// scalars of the snippet) and `"score"` (bm25, smaller is better).
    public var json: String {
        var object = article.jsonObject(withText: false)
        object.add("snippet", snippetText)
        var highlights: [String] = []
        var offset = 0
        for run in snippet {
            let length = run.text.unicodeScalars.count
            if run.highlighted { highlights.append("[\(offset),\(offset + length)]") }
            offset += length
        }
        object.addRaw("highlights", "[" + highlights.joined(separator: ",") + "]")
        object.add("score", score)
        return object.text
    }
}

extension CorpusItem {
    /// `{"kind": "story"|"event"|"article", …}`: a story (`"story"`) with its `"events"`, each `{"event",
    /// "articles"}` (articles without text); an event (`"event"`) with its `"articles"`; an article with its text,
    /// `"original"` and `"copies"`.
    public var json: String {
        var object = JSONObjectWriter()
        switch self {
        case .story(let detail):
            object.add("kind", "story")
            object.addRaw("story", detail.story.jsonObject().text)
            object.addRaw("events", "[" + detail.events.map { $0.jsonObject().text }.joined(separator: ",") + "]")
        case .event(let detail):
            object.add("kind", "event")
            detail.addFields(to: &object)
        case .article(let detail):
            object.add("kind", "article")
            object.addRaw("article", detail.article.jsonObject(withText: true).text)
            object.addRaw("original", detail.original.map { $0.jsonObject(withText: false).text } ?? "null")
            object.addRaw("copies", "[" + detail.copies.map { $0.jsonObject(withText: false).text }.joined(separator: ",") + "]")
        }
        return object.text
    }
}

extension EventDetail {
    /// `{"event": {...}, "articles": [...]}`: the list apart from the summary, whose `"articles"` is a count.
    func jsonObject() -> JSONObjectWriter {
        var object = JSONObjectWriter()
        addFields(to: &object)
        return object
    }

    func addFields(to object: inout JSONObjectWriter) {
        object.addRaw("event", event.jsonObject().text)
        object.addRaw("articles", "[" + articles.map { $0.jsonObject(withText: false).text }.joined(separator: ",") + "]")
    }
}

enum JSONArray {
    static func strings(_ values: [String]) -> String {
        "[" + values.map(JSONObjectWriter.quoted).joined(separator: ",") + "]"
    }
}

extension CorpusEntity {
    /// `{"id", "name", "type", "spellings": [{"form", "outlets", "mentions"}], "stories": [{story fields,
    /// "spellings"}]}`
    public var json: String {
        var object = JSONObjectWriter()
        object.add("id", id)
        object.add("name", name)
        object.add("type", type.rawValue)
        object.addRaw("spellings", Self.json(spellings))
        object.addRaw("stories", "[" + stories.map { item in
            var story = item.story.jsonObject()
            story.addRaw("spellings", Self.json(item.spellings))
            return story.text
        }.joined(separator: ",") + "]")
        return object.text
    }

    private static func json(_ spellings: [Roster.Alias]) -> String {
        "[" + spellings.map { alias in
            var object = JSONObjectWriter()
            object.add("form", alias.form)
            object.addRaw("outlets", JSONArray.strings(alias.outlets))
            object.add("mentions", alias.mentions)
            return object.text
        }.joined(separator: ",") + "]"
    }
}
