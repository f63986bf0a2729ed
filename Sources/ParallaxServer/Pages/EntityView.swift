import ParallaxCorpus

/// `/entities/{id}`: who this is, how each outlet writes the name, and the stories that name them.
/// `/entities?q=…`: the entities a name finds.
struct EntityView {
    var entity: CorpusEntity

    func page() -> Page {
        Page(title: entity.name) {
            var html = ["<h1>\(escape(entity.name))</h1>",
                        "<p class=\"meta\">\(escape(entity.type.rawValue)) · named in \(entity.stories.count) stor\(entity.stories.count == 1 ? "y" : "ies")</p>"]
            html.append("<section><h2>How the outlets write it</h2><div class=\"scroll\"><table><thead><tr><th>Spelling</th><th>Outlets</th>"
                + "<th class=\"hide-narrow\">Mentions</th></tr></thead><tbody>")
            html += entity.spellings.map {
                "<tr><td><strong>\(escape($0.form))</strong></td><td>\(Fragments.outletTags($0.outlets, shown: 12))</td><td class=\"hide-narrow\">\($0.mentions)</td></tr>"
            }
            html.append("</tbody></table></div></section><section><h2>Stories</h2><ul class=\"facts\">")
            html += entity.stories.map { item in
                "<li>\(Fragments.storyLink(item.story)) <span class=\"muted\">\(Fragments.days(item.story.firstDate, item.story.lastDate))</span>"
                    + "<br><span class=\"muted\">as</span> " + item.spellings.map { escape($0.form) }.joined(separator: ", ") + "</li>"
            }
            html.append("</ul></section>")
            return html.joined(separator: "\n")
        }
    }
}

struct EntityListView {
    var name: String
    var entities: [CorpusEntity]

    func page() -> Page {
        Page(title: name.isEmpty ? "Names" : "Names: \(name)") {
            var html = ["<h1>Who is named</h1>", """
                <form class="filters" action="/entities" method="get"><label>Name<input type="search" name="q" value="\(escape(name))"></label>\
                <button type="submit">Find</button></form>
                """]
            if !name.isEmpty, entities.isEmpty {
                html.append("<p class=\"note\">No person, organisation or place named “\(escape(name))” was found.</p>")
            }
            html.append("<ul class=\"stories\">")
            html += entities.map { entity in
                "<li><h2><a href=\"/entities/\(urlComponent(entity.id))\">\(escape(entity.name))</a></h2><p class=\"meta\">\(escape(entity.type.rawValue)) · "
                    + "\(entity.stories.count) stor\(entity.stories.count == 1 ? "y" : "ies") · written "
                    + entity.spellings.prefix(6).map { escape($0.form) }.joined(separator: ", ") + "</p></li>"
            }
            html.append("</ul>")
            return html.joined(separator: "\n")
        }
    }
}
