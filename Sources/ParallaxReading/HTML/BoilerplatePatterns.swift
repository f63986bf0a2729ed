/// What the `class` and `id` of an element say about it: the patterns readers such as Mozilla's Readability
/// have learnt from the web (written anew here), plus news-site furniture (newsletters, paywalls, promos).
enum BoilerplatePatterns {
    /// Names of page parts that are not the story.
    static let unlikely = [
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
        "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "pagination", "pager", "popup", "modal", "newsletter", "subscribe", "subscription", "promo", "recommend",
        "trending", "most-popular", "mostpopular", "outbrain", "taboola", "caption", "byline", "toolbar", "widget",
        "signup", "sign-up", "paywall", "masthead", "topnav", "navbar", "nav-", "-nav", "tags", "dateline",
        "timestamp", "author-info", "author-bio", "disclaimer", "print-only", "screen-reader", "visually-hidden",
        "sr-only", "hidden", "credit",
    ]

    /// Names that also appear on the containers of stories ("article-body", "main-content").
    static let maybe = ["article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text", "text"]

    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "paragraph", "prose",
    ]

    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author", "caption", "newsletter",
        "subscribe", "recommend", "social", "nav",
    ]

    /// The lower-cased `class` and `id` of an element, joined.
    static func names(of node: HTMLTree.Node) -> String {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    }

    /// Whole words of a class name that mark advertising ("ad-slot", "ads_top", "sponsored").
    static let advertisingWords: Set<String> = ["ad", "ads", "adv", "advert", "adverts", "advertisement", "sponsored", "dfp"]

    static func isUnlikely(_ names: String) -> Bool {
        if names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { advertisingWords.contains(String($0)) }) {
            return true
        }
        return unlikely.contains { names.contains($0) } && !maybe.contains { names.contains($0) }
    }

    /// +25 for names of story containers, -25 for names of furniture (both may apply).
    static func weight(_ names: String) -> Double {
        var weight = 0.0
        if negative.contains(where: { names.contains($0) }) { weight -= 25 }
        if positive.contains(where: { names.contains($0) }) { weight += 25 }
        return weight
    }
}
