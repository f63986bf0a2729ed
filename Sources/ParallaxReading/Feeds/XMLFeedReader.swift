import Foundation

/// RSS, Atom, sitemaps and OPML from their element tree (`FeedXML`).
struct XMLFeedReader {
    let tree: HTMLTree
    /// Where the feed was fetched from: the last resort for resolving relative links.
    let feedURL: String?

    func read(root: Int) -> Feed? {
        switch tree[root].tag {
        case "rss", "rdf:RDF": rss(root)
        case "atom:feed": atom(root)
        case "urlset": sitemap(root)
        case "sitemapindex": sitemapIndex(root)
        case "opml": opml(root)
        default: nil
        }
    }

    // MARK: RSS 0.9x, 1.0, 2.0

    private func rss(_ root: Int) -> Feed {
        let channel = child(root, "channel") ?? root
        let base = resolved(text(channel, "link"), against: feedURL) ?? feedURL
        var feed = Feed(kind: .rss, title: plain(text(channel, "title")), link: base,
                        language: text(channel, "language") ?? text(channel, "dc:language"), timeToLive: rssTimeToLive(channel))
        // RSS 2.0 puts items in the channel; 0.90 and 1.0 beside it.
        let items = children(channel, "item") + (channel == root ? [] : children(root, "item"))
        feed.entries = items.map { item in
            let guid = child(item, "guid")
            let guidText = guid.map { tree.text(of: $0) }.flatMap(nonEmpty)
            let guidIsLink = guid.map { tree[$0].attribute("isPermaLink")?.lowercased() != "false" } ?? false
            // An unclosed tag swallows what follows it: the title keeps its own text, the link is looked for deeper.
            let link = resolved(text(item, "link") ?? atomLink(item) ?? (guidIsLink ? guidText : nil) ?? descendantText(item, "link")
                ?? tree[item].attribute("rdf:about"), against: base)
            return FeedEntry(
                title: plain(ownText(item, "title")), link: link, id: guidText ?? link,
                published: date(text(item, "pubDate") ?? text(item, "dc:date") ?? text(item, "dcterms:issued")),
                updated: date(text(item, "atom:updated") ?? text(item, "dcterms:modified")),
                author: text(item, "author") ?? text(item, "dc:creator"),
                summary: plain(text(item, "description")), content: text(item, "content:encoded"),
                language: text(item, "dc:language"))
        }
        return feed
    }

    private func rssTimeToLive(_ channel: Int) -> TimeInterval? {
        if let ttl = text(channel, "ttl").flatMap(Double.init), ttl > 0 { return ttl * 60 }
        guard let period = text(channel, "sy:updatePeriod")?.lowercased() else { return nil }
        let seconds: Double? = ["hourly": 3600, "daily": 86_400, "weekly": 604_800, "monthly": 2_592_000, "yearly": 31_536_000][period]
        let frequency = text(channel, "sy:updateFrequency").flatMap(Double.init).map { max($0, 1) } ?? 1
        return seconds.map { $0 / frequency }
    }

    // MARK: Atom 0.3, 1.0

    private func atom(_ root: Int) -> Feed {
        let base = resolved(tree[root].attribute("xml:base"), against: feedURL) ?? feedURL
        let feedLink = resolved(atomLink(root), against: base)
        var feed = Feed(kind: .atom, title: atomText(root, "atom:title"), link: feedLink, language: tree[root].attribute("xml:lang"))
        feed.entries = children(root, "atom:entry").map { entry in
            let entryBase = resolved(tree[entry].attribute("xml:base"), against: base) ?? base
            let link = resolved(atomLink(entry), against: entryBase)
            let author = child(entry, "atom:author").flatMap { text($0, "atom:name") }
                ?? child(root, "atom:author").flatMap { text($0, "atom:name") }
            return FeedEntry(
                title: atomText(entry, "atom:title"), link: link, id: text(entry, "atom:id") ?? link,
                published: date(text(entry, "atom:published") ?? text(entry, "atom:issued") ?? text(entry, "atom:created")),
                updated: date(text(entry, "atom:updated") ?? text(entry, "atom:modified")),
                author: author, summary: atomText(entry, "atom:summary"),
                content: child(entry, "atom:content").map { tree.text(of: $0) }.flatMap(nonEmpty),
                language: tree[entry].attribute("xml:lang"))
        }
        return feed
    }

    /// The `href` of the entry's alternate link (or its first link without a `rel`).
    private func atomLink(_ element: Int) -> String? {
        let links = children(element, "atom:link")
        let alternate = links.first { (tree[$0].attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        return alternate.flatMap { tree[$0].attribute("href") }.flatMap(nonEmpty)
    }

    /// An Atom text construct as plain text (type html and xhtml are stripped of their markup).
    private func atomText(_ element: Int, _ tag: String) -> String? {
        plain(text(element, tag))
    }

    // MARK: Sitemaps and OPML

    private func sitemap(_ root: Int) -> Feed {
        Feed(kind: .sitemap, entries: children(root, "url").compactMap { url in
            guard let location = resolved(text(url, "loc"), against: feedURL) else { return nil }
            let news = child(url, "news:news")
            return FeedEntry(
                title: news.flatMap { plain(text($0, "news:title")) }, link: location, id: location,
                published: news.flatMap { date(text($0, "news:publication_date")) }, updated: date(text(url, "lastmod")),
                language: news.flatMap { child($0, "news:publication") }.flatMap { text($0, "news:language") })
        })
    }

    private func sitemapIndex(_ root: Int) -> Feed {
        Feed(kind: .sitemapIndex, entries: children(root, "sitemap").compactMap { sitemap in
            guard let location = resolved(text(sitemap, "loc"), against: feedURL) else { return nil }
            return FeedEntry(link: location, id: location, updated: date(text(sitemap, "lastmod")))
        })
    }

    /// Each outline with an `xmlUrl`, at any depth (folders nest them).
    private func opml(_ root: Int) -> Feed {
        let head = child(root, "head")
        return Feed(kind: .opml, title: head.flatMap { text($0, "title") },
                    entries: tree.elements(named: "outline", under: root).compactMap { outline in
            let node = tree[outline]
            guard let feed = node.attribute("xmlUrl").flatMap(nonEmpty) else { return nil }
            let link = resolved(feed, against: feedURL)
            return FeedEntry(title: node.attribute("title") ?? node.attribute("text"), link: link, id: link,
                             summary: node.attribute("htmlUrl"), language: node.attribute("language"))
        })
    }

    // MARK: The tree

    private func children(_ element: Int, _ tag: String) -> [Int] {
        tree[element].children.filter { tree[$0].tag == tag }
    }

    private func child(_ element: Int, _ tag: String) -> Int? {
        tree[element].children.first { tree[$0].tag == tag }
    }

    /// The text of a child element, white space collapsed; nil when absent or blank.
    private func text(_ element: Int, _ tag: String) -> String? {
        child(element, tag).map { tree.text(of: $0) }.flatMap(nonEmpty)
    }

    /// The text directly inside a child element, without that of elements it holds.
    private func ownText(_ element: Int, _ tag: String) -> String? {
        guard let child = child(element, tag) else { return nil }
        return nonEmpty(tree[child].children.filter { tree[$0].isText }.map { tree[$0].text }.joined().collapsingWhitespace())
    }

    private func descendantText(_ element: Int, _ tag: String) -> String? {
        tree.elements(named: tag, under: element).first.map { tree.text(of: $0) }.flatMap(nonEmpty)
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func date(_ text: String?) -> Date? {
        text.flatMap(FeedDate.parse)
    }

    /// Text that may hold HTML (titles and summaries often do), as plain text.
    private func plain(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.contains("<") || text.contains("&") else { return text }
        return HTMLParser.parse(Array(text.utf8)).map { $0.text(of: HTMLTree.root) }.flatMap(nonEmpty) ?? text
    }

    private func resolved(_ link: String?, against base: String?) -> String? {
        guard let link = link?.trimmingCharacters(in: .whitespacesAndNewlines), !link.isEmpty else { return nil }
        if let base, let baseURL = URL(string: base), let url = URL(string: link, relativeTo: baseURL) {
            return url.absoluteString
        }
        return link
    }
}
