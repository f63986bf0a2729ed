import ParallaxAnalysis
import ParallaxReading

extension CoverageReport {
    /// The report as one JSON object (schema in README.md, "The coverage report as JSON").
    public func renderJSON() -> String {
        var object = JSONObjectWriter()
        object.addRaw("sources") { Self.write(sources, into: &$0) { source in
            var item = JSONObjectWriter()
            item.add("article", source.article)
            item.add("outlet", source.outlet)
            item.add("agency", source.agency)
            item.add("own_reporting", source.ownReporting)
            item.add("language", source.language)
            item.add("date", source.date?.description)
            item.add("time", source.time)
            item.add("dateline", source.dateline)
            item.add("title", source.title)
            item.add("url", source.url)
            item.add("first", source.isFirst)
            return item.text
        } }
        object.addRaw("summary") { Self.write(summary, into: &$0) { sentence in
            Self.statementJSON(sentence.statement, extra: { $0.addRaw("outlets", Self.strings(sentence.outlets)) })
        } }
        object.addRaw("timeline") { Self.write(timeline, into: &$0) { event in
            Self.statementJSON(event.description, extra: {
                $0.add("date", event.date.description)
                $0.addRaw("outlets", Self.strings(event.outlets))
            })
        } }
        object.addRaw("shared_facts") { Self.write(sharedFacts, into: &$0) { fact in
            var item = JSONObjectWriter()
            item.addRaw("outlets", Self.strings(fact.outlets))
            item.addRaw("statements", Self.array(fact.statements) { Self.statementJSON($0) })
            return item.text
        } }
        object.addRaw("coverage", coverageJSON())
        object.addRaw("shared_topics") { Self.write(sharedTopics, into: &$0) { topic in
            var item = JSONObjectWriter()
            item.add("phrase", topic.phrase)
            item.addRaw("outlets", Self.strings(topic.outlets))
            item.addRaw("statements", Self.array(topic.statements) { Self.statementJSON($0) })
            return item.text
        } }
        object.addRaw("unique_facts") { Self.write(uniqueFacts, into: &$0) { outlet in
            var item = JSONObjectWriter()
            item.add("outlet", outlet.outlet)
            item.addRaw("statements", Self.array(outlet.facts) { Self.statementJSON($0) })
            return item.text
        } }
        object.addRaw("conflicts") { Self.write(conflicts, into: &$0) { conflict in
            var item = JSONObjectWriter()
            item.add("kind", conflict.kind.rawValue)
            item.add("about", conflict.about)
            item.addRaw("values", Self.array(conflict.values) { value in
                var valueObject = JSONObjectWriter()
                valueObject.add("outlet", value.outlet)
                valueObject.add("value", value.value)
                valueObject.addRaw("statement", Self.statementJSON(value.statement))
                return valueObject.text
            })
            return item.text
        } }
        object.addRaw("roster") { Self.write(roster, into: &$0) { entry in
            var item = JSONObjectWriter()
            item.add("name", entry.name)
            item.add("type", entry.type.rawValue)
            item.add("mentions", entry.mentions)
            item.addRaw("articles", Self.strings(entry.articles))
            item.addRaw("titles", Self.strings(entry.titles))
            item.addRaw("aliases", Self.array(entry.aliases) { alias in
                var aliasObject = JSONObjectWriter()
                aliasObject.add("form", alias.form)
                aliasObject.add("mentions", alias.mentions)
                aliasObject.addRaw("outlets", Self.strings(alias.outlets))
                return aliasObject.text
            })
            return item.text
        } }
        object.addRaw("quotes") { Self.write(quotes, into: &$0) { $0.jsonObject } }
        return object.finished()
    }

    static func statementJSON(_ statement: Statement, extra: (inout JSONObjectWriter) -> Void = { _ in }) -> String {
        var item = JSONObjectWriter()
        item.add("outlet", statement.outlet)
        item.add("article", statement.article)
        item.add("text", statement.text)
        item.add("start", statement.start)
        item.add("end", statement.end)
        extra(&item)
        return item.text
    }

    static func array<T>(_ items: [T], _ render: (T) -> String) -> String {
        var json = ""
        write(items, into: &json, render)
        return json
    }

    /// Appends the items as a JSON array, one at a time: 800,000 quotes are not held as strings, then joined,
    /// then copied again into the report.
    static func write<T>(_ items: [T], into json: inout String, _ render: (T) -> String) {
        json += "["
        for (index, item) in items.enumerated() {
            if index > 0 { json += "," }
            json += render(item)
        }
        json += "]"
    }

    static func strings(_ values: [String]) -> String {
        "[" + values.map(JSONObjectWriter.quoted).joined(separator: ",") + "]"
    }
}
