import Foundation

/// Articles sent to the server (`POST /api/articles`, the ingest page), as opposed to files.
extension ArticleReader {
    /// The form a submission comes in.
    public enum SubmittedFormat: Sendable {
        /// One JSON object in the interchange format (DESIGN.md); it may span lines.
        case jsonObject
        /// JSON lines: one object a line, blank lines skipped.
        case jsonLines
        /// One article as plain text or as an HTML page (guessed from the content).
        case document(id: String)
    }

    /// Reads submitted bytes; `source` names them in errors ("request", "pasted text").
    ///
    /// A JSON record with a `text` but no `title` is read like a text file: its headline, date, dateline, agency
    /// and byline are looked for in the text and its furniture removed, so that `{"id", "text"}` with a copied
    /// report gives the same article as the report saved as a `.txt` file. Fields the record gives win.
    public func read(
        submitted bytes: [UInt8], format: SubmittedFormat, source: String,
        _ body: (Result<Article, ReadingError>) throws -> Void
    ) rethrows {
        switch format {
        case .document(let id):
            let sniffed = InputFormat(sniffing: bytes.prefix(512))
            try read(bytes: bytes, source: source, format: sniffed == .html ? .html : .text, id: id, body)
        case .jsonObject:
            try body(jsonRecord(bytes[...], source: source, line: nil))
        case .jsonLines:
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count {
                lineNumber += 1
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                let line = bytes[lineStart..<lineEnd]
                if line.allSatisfy(TextBytes.isSpace) { continue }
                try body(jsonRecord(line, source: source, line: lineNumber))
            }
        }
    }

    private func jsonRecord(_ bytes: ArraySlice<UInt8>, source: String, line: Int?) -> Result<Article, ReadingError> {
        if bytes.allSatisfy(TextBytes.isSpace) {
            return .failure(ReadingError(source: source, line: line, reason: .empty))
        }
        var result = JSONLReader.article(
            from: bytes, source: source, line: line ?? 1, maxLineBytes: options.maxArticleBytes, decoder: JSONDecoder())
        if line == nil, case .failure(var error) = result {
            error.line = nil
            result = .failure(error)
        }
        return result.flatMap { article in
            guard article.title == nil else { return .success(withLanguage(article)) }
            guard let document = PlainTextReader().article(from: article.text, id: article.id) else {
                return .failure(ReadingError(source: source, line: line, reason: .noText))
            }
            return .success(withLanguage(document.overlaid(with: article)))
        }
    }
}

extension Article {
    /// The article read from a record's text, with the fields the record itself gives put over it.
    fileprivate func overlaid(with record: Article) -> Article {
        var article = self
        article.date = record.date ?? date
        article.url = record.url
        article.outlet = record.outlet
        article.language = record.language
        return article
    }
}
