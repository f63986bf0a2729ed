import Foundation

/// The facts a page states about itself: title, byline, date, canonical URL, language, site name.
/// Sources in order of trust: Open Graph and article meta tags, JSON-LD, then visible elements.
struct HTMLMetadata {
    var title: String?
    var byline: String?
    var date: CalendarDay?
    /// The time of day that came with the date, when the page gives one ("14:05:00Z").
    var time: String?
    var url: String?
    var language: String?
    var siteName: String?
    /// The story text the page states in JSON-LD (`articleBody`), when it does.
    var articleBody: String?

    init(tree: HTMLTree) {
        var meta: [String: String] = [:]
        var jsonLD: [[String: Any]] = []
        var canonical: String?
        var firstTimeDate: CalendarDay?
        for index in tree.nodes.indices {
            let node = tree[index]
            switch node.tag {
            case "html":
                if language == nil, let lang = node.attribute("lang") ?? node.attribute("xml:lang") {
                    language = Self.languageCode(lang)
                }
            case "meta":
                guard let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"),
                      let content = node.attribute("content")?.collapsingWhitespace(), !content.isEmpty
                else { continue }
                let lower = key.lowercased()
                if meta[lower] == nil { meta[lower] = content }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" {
                    canonical = node.attribute("href")
                }
            case "script":
                let text = tree.descendants(of: index).filter { tree[$0].isText }.map { tree[$0].text }.joined()
                jsonLD.append(contentsOf: Self.jsonLDObjects(text))
            case "time":
                if firstTimeDate == nil, let value = node.attribute("datetime") {
                    firstTimeDate = Self.day(value)
                }
            default:
                break
            }
        }
        let articleObject = jsonLD.first { object in
            let type = "\(object["@type"] ?? "")"
            return type.contains("Article") || type.contains("Posting") || object["datePublished"] != nil
        }

        title = meta["og:title"] ?? meta["twitter:title"] ?? (articleObject?["headline"] as? String)
            ?? tree.elements(named: "h1").lazy.map { tree.text(of: $0) }.first { !$0.isEmpty }
            ?? tree.elements(named: "title").first.map { tree.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }

        let dateKeys = [
            "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
            "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.published", "published_time", "og:updated_time", "article:modified_time",
        ]
        let dateValue = dateKeys.lazy.compactMap { meta[$0] }.first { Self.day($0) != nil }
            ?? (articleObject?["datePublished"] as? String).flatMap { Self.day($0) != nil ? $0 : nil }
        date = dateValue.flatMap(Self.day) ?? firstTimeDate
        time = dateValue.flatMap(Self.timeOfDay)

        byline = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? Self.authorName(articleObject?["author"])
            ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }

        articleBody = ([articleObject].compactMap { $0 } + jsonLD).lazy
            .compactMap { ($0["articleBody"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }

        url = canonical ?? meta["og:url"]
        siteName = meta["og:site_name"]
        if language == nil, let locale = meta["og:locale"] { language = Self.languageCode(locale) }
    }

    /// "en-US" → "en"; nil for values that are not a language tag.
    static func languageCode(_ tag: String) -> String? {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return primary.count == 2 && primary.allSatisfy(\.isLetter) ? String(primary) : nil
    }

    /// A publication day, or nil when the value holds none or one no news page can have: before 1990 (content
    /// systems' placeholders such as `0001-01-01`) or after tomorrow (time zones aside, not yet published).
    private static func day(_ value: String) -> CalendarDay? {
        guard let day = CalendarDay(iso8601: value.trimmingCharacters(in: " ")) ?? DateFinder.firstDate(in: value) else {
            return nil
        }
        return day >= earliestPublication && day <= latestPublication() ? day : nil
    }

    static let earliestPublication = CalendarDay(year: 1990, month: 1, day: 1)!

    static func latestPublication() -> CalendarDay {
        let now = Date().timeIntervalSince1970
        return CalendarDay(dayNumber: Int((now / 86_400).rounded(.down)) + 1)!
    }

    /// The time in an ISO 8601 timestamp ("2011-03-22T14:05:00Z" → "14:05:00Z"), with its zone as given; nil
    /// when the value is a day only or the time is not hours and minutes.
    static func timeOfDay(_ value: String) -> String? {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard CalendarDay(iso8601: text) != nil, text.count > 11 else { return nil }
        let separator = text.index(text.startIndex, offsetBy: 10)
        guard text[separator] == "T" || text[separator] == " " else { return nil }
        let time = text[text.index(after: separator)...]
        let digits = Array(time.utf8.prefix(5))
        guard digits.count == 5, digits[2] == UInt8(ascii: ":"),
              [0, 1, 3, 4].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digits[$0]) })
        else { return nil }
        return String(time)
    }

    /// The objects of a JSON-LD script, flattening arrays and `@graph`.
    private static func jsonLDObjects(_ text: String) -> [[String: Any]] {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [] }
        var objects: [[String: Any]] = []
        var pending: [Any] = [value]
        while let next = pending.popLast() {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = next as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return objects
    }

    private static func authorName(_ value: Any?) -> String? {
        if let name = value as? String { return name.hasPrefix("http") ? nil : name }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let array = value as? [Any] {
            let names = array.compactMap(authorName)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
