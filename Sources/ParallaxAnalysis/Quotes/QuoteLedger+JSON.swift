import ParallaxReading

extension QuoteLedger.Entry {
    /// The entry as a JSON object: {"speaker", "kind", "outlets", "variants": [{"outlet", "article", "text",
    /// "start", "end"}]}, as `parallax quotes --ledger --json` and the coverage report print it.
    public var jsonObject: String {
        var object = JSONObjectWriter()
        object.add("speaker", speaker)
        object.add("kind", kind.rawValue)
        object.addRaw("outlets", "[" + outlets.map(JSONObjectWriter.quoted).joined(separator: ",") + "]")
        let items = variants.map { variant in
            var item = JSONObjectWriter()
            item.add("outlet", variant.outlet)
            item.add("article", variant.article)
            item.add("text", variant.quote.text)
            item.add("start", variant.quote.start)
            item.add("end", variant.quote.end)
            return item.text
        }
        object.addRaw("variants", "[" + items.joined(separator: ",") + "]")
        return object.text
    }
}
