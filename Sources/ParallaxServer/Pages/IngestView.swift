import ParallaxReading
import ParallaxStorage

/// `/ingest`: a form to paste or upload articles, and what became of them once sent.
struct IngestView {
    /// Whether the server asks for a write token (the form then has a field for it).
    var needsToken: Bool
    var outcomes: [IngestOutcome] = []
    var failures: [Submission.Failure] = []
    var message: String?

    func page() -> Page {
        Page(title: "Add articles") {
            var html = ["<h1>Add articles</h1>"]
            if let message { html.append("<p class=\"error\">\(escape(message))</p>") }
            if !outcomes.isEmpty || !failures.isEmpty { html.append(results()) }
            html.append("""
                <section><form class="ingest" action="/ingest" method="post" enctype="multipart/form-data">
                <label for="text">Paste an article (plain text or HTML), or JSON lines (one article a line: <code>{"id", "text", "title", "date", "url", "outlet"}</code>)</label>
                <textarea id="text" name="text"></textarea>
                <label>Or upload a file (.txt, .html, .jsonl) <input type="file" name="file"></label>
                <div class="filters">
                <label>Format <select name="format"><option value="auto">Guess</option><option value="jsonl">JSON lines</option>\
                <option value="document">Text or HTML</option></select></label>
                <label>ID of a text or HTML article <input type="text" name="id" placeholder="from the file name"></label>
                \(needsToken ? "<label>Write token <input type=\"password\" name=\"token\" autocomplete=\"off\"></label>" : "")
                </div>
                <p><button type="submit">Add to the corpus</button></p>
                </form></section>
                """)
            return html.joined(separator: "\n")
        }
    }

    private func results() -> String {
        let stored = outcomes.filter { $0.status != .alreadyStored }.count
        var rows = outcomes.map { outcome in
            "<tr><td><a href=\"/articles/\(urlComponent(outcome.storedID))\">\(escape(outcome.id))</a></td>"
                + "<td>\(escape(outcome.status.rawValue.replacingOccurrences(of: "_", with: " ")))</td>"
                + "<td><a href=\"/stories/\(urlComponent(outcome.story))\">\(escape(outcome.story))</a></td></tr>"
        }
        rows += failures.map { "<tr><td>record \($0.record)</td><td>failed</td><td>\(escape($0.error.description))</td></tr>" }
        return """
            <section><h2>\(Fragments.count(stored, "article")) stored, \(outcomes.count - stored) already stored, \(failures.count) failed</h2>
            <div class="scroll"><table><thead><tr><th>Article</th><th>Status</th><th>Story</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table></div></section>
            """
    }
}
