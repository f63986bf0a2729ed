extension Article {
    /// The article as one line of interchange JSONL (DESIGN.md), followed by the extracted fields
    /// `agency`, `dateline` and `byline`. Absent values are written as `null`.
    public var jsonLine: String {
        var object = JSONObjectWriter()
        object.add("id", id)
        object.add("title", title)
        object.add("text", text)
        object.add("date", date?.description)
        object.add("url", url)
        object.add("outlet", outlet)
        object.add("lang", language)
        object.add("agency", agency)
        object.add("dateline", dateline)
        object.add("byline", byline)
        return object.text
    }
}
