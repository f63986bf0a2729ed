/// One news report, as read from a file, a page, a JSONL record or a request.
///
/// `text` is the body: paragraphs separated by a blank line, page furniture removed.
/// Character offsets produced by later stages count Unicode scalars of `text`.
///
/// ```swift
/// let article = Article(id: "ap-1", text: "MOSCOW (AP) — Russia's defense minister …")
/// ```
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: the JSONL `id`, or the file name without its extensions.
    public var id: String
    public var title: String?
    /// The body text, paragraphs separated by "\n\n".
    public var text: String
    /// Publication date.
    public var date: CalendarDay?
    /// The time of day of publication when the source gives one, as ISO 8601 with its zone as given
    /// ("14:05:00Z", "09:30:00-05:00"); it belongs to `date`.
    public var time: String?
    public var url: String?
    /// The publisher: a site ("www.wsj.com") or an outlet code ("nyt").
    public var outlet: String?
    /// ISO 639-1 code, given or identified from the text.
    public var language: String?
    /// The news agency the text comes from ("AP", "AFP", "Reuters"), when it says so.
    public var agency: String?
    /// The place in the dateline ("MOSCOW" in "MOSCOW (AP) —").
    public var dateline: String?
    public var byline: String?

    public init(
        id: String, text: String, title: String? = nil, date: CalendarDay? = nil, url: String? = nil,
        outlet: String? = nil, language: String? = nil, agency: String? = nil, dateline: String? = nil,
        byline: String? = nil
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.outlet = outlet
        self.language = language
        self.agency = agency
        self.dateline = dateline
        self.byline = byline
    }

    /// The interchange-format keys (DESIGN.md), plus the extracted fields.
    enum CodingKeys: String, CodingKey {
        case id, title, text, date, time, url, outlet
        case language = "lang"
        case agency, dateline, byline
    }
}
