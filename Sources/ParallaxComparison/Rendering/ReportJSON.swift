import ParallaxAnalysis
import ParallaxReading

extension CoverageReport {
    /// The report as one JSON object (schema in README.md, "The coverage report as JSON").
    public func renderJSON() -> String {
        var object = JSONObjectWriter()
        object.addRaw("sources", Self.array(sources) { source in
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
        })
        object.addRaw("summary", Self.array(summary) { sentence in
            Self.statementJSON(sentence.statement, extra: { $0.addRaw("outlets", Self.strings(sentence.outlets)) })
        })
        object.addRaw("timeline", Self.array(timeline) { event in
            Self.statementJSON(event.description, extra: {
                $0.add("date", event.date.description)
                $0.addRaw("outlets", Self.strings(event.outlets))
            })
        })
        object.addRaw("shared_facts", Self.array(sharedFacts) { fact in
            var item = JSONObjectWriter()
            item.addRaw("outlets", Self.strings(fact.outlets))
            item.addRaw("statements", Self.array(fact.statements) { Self.statementJSON($0) })
            return item.text
        })
        object.addRaw("coverage", coverageJSON())
        object.addRaw("shared_topics", Self.array(sharedTopics) { topic in
            var item = JSONObjectWriter()
            item.add("phrase", topic.phrase)
            item.addRaw("outlets", Self.strings(topic.outlets))
            item.addRaw("statements", Self.array(topic.statements) { Self.statementJSON($0) })
            return item.text
        })
        object.addRaw("unique_facts", Self.array(uniqueFacts) { outlet in
            var item = JSONObjectWriter()
            item.add("outlet", outlet.outlet)
            item.addRaw("statements", Self.array(outlet.facts) { Self.statementJSON($0) })
            return item.text
        })
        object.addRaw("conflicts", Self.array(conflicts) { conflict in
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
        })
        object.addRaw("roster", Self.array(roster) { entry in
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
        })
        object.addRaw("quotes", Self.array(quotes) { $0.jsonObject })
        return object.text
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
        "[" + items.map(render).joined(separator: ",") + "]"
    }

    static func strings(_ values: [String]) -> String {
        "[" + values.map(JSONObjectWriter.quoted).joined(separator: ",") + "]"
    }
}
