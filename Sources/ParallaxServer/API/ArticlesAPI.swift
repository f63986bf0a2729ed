import Foundation
import Hummingbird
import ParallaxCorpus
import ParallaxReading
import ParallaxStorage

/// `POST /api/articles` (one article, or a batch as JSON lines) and `GET /api/articles/{id}`.
struct ArticlesAPI {
    let corpus: Corpus
    let writer: CorpusWriter
    let access: WriteAccess
    let deadline: RequestDeadline
    let maxBodyBytes: Int

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post { request, context in
            // No deadline: a write that has begun is finished, so that what the answer says is what is stored.
            try access.check(request, context: context)
            return try await add(request)
        }
        routes.get(":id") { _, context in
            let id = try context.pathID()
            return try await deadline.run { try await article(id) }
        }
        return routes
    }

    /// `{"kind": "article", "article": {...}, "original": ..., "copies": [...]}`
    func article(_ id: String) async throws -> JSONText {
        guard let detail = try await corpus.article(id: id) else { throw Problem.noArticle(id) }
        return JSONText(CorpusItem.article(detail).json)
    }

    func add(_ request: Request) async throws -> JSONText {
        var format = try Self.format(of: request)
        var bytes = Array(buffer: try await request.body.collect(upTo: maxBodyBytes))
        if case .document(let id) = format {
            bytes = try Self.declaredText(bytes)
            if id.isEmpty { format = .document(id: Submission.contentID(bytes, prefix: "posted-")) }
        }
        let submission = Submission.read(bytes, format: format, source: "request")
        if format.isOneArticle {
            if let failure = submission.failures.first { throw Problem(status: .badRequest, message: failure.error.description) }
            guard let outcome = try await writer.add(submission.articles).first else {
                throw Problem(status: .badRequest, message: "the request holds no article")
            }
            return JSONText(outcome.json, status: outcome.status == .alreadyStored ? .ok : .created)
        }
        guard !submission.isEmpty else {
            throw Problem(status: .badRequest, message: "the request holds no article; send one JSON object a line")
        }
        let outcomes = try await writer.add(submission.articles)
        return JSONText(submission.resultJSON(outcomes))
    }

    /// A body its sender declared text/plain or text/html, as the document describes it: control characters
    /// other than tabs and line breaks carry nothing in a text and are dropped (rather than the body being taken
    /// for a binary file); a body of nothing but spaces, ASCII digits and punctuation holds no article, nor does a
    /// JSON object, array, true, false or null.
    static func declaredText(_ bytes: [UInt8]) throws -> [UInt8] {
        let kept = bytes.filter { ($0 >= 0x20 && $0 != 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        // The document's pattern `[^\s\u0000-\u001f\u007f-\u009f!-@[-`{-~]`, character for character.
        let hasContent = String(decoding: kept, as: UTF8.self).unicodeScalars.contains { scalar in
            !(scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (scalar.isASCII && (scalar.properties.generalCategory.isPunctuationOrSymbol || scalar.properties.numericType != nil)))
        }
        guard hasContent else {
            throw Problem(status: .badRequest, message: "request: holds no word, only spaces, digits and punctuation; send the article's text")
        }
        // A whole JSON object or array, or a lone true, false or null, is a record sent under the wrong type, never
        // an article's text.
        let trimmed = String(decoding: kept, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if ["true", "false", "null"].contains(trimmed)
            || (trimmed.first == "{" || trimmed.first == "[") && (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) != nil {
            throw Problem(
                status: .badRequest,
                message: "request: is JSON, not an article's text; send records as application/json or application/x-ndjson")
        }
        return kept
    }

    /// The submitted format, from the Content-Type.
    static func format(of request: Request) throws -> ArticleReader.SubmittedFormat {
        // An empty ?id= names nothing, whatever the body; the document says so (minLength 1).
        if FormEncoding.pairs((request.uri.query ?? "")[...]).contains(where: { $0.name == "id" && $0.value.isEmpty }) {
            throw Problem(status: .badRequest, message: "id: empty; give the article's ID, as in ?id=my-article, or leave id out")
        }
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case nil, "application/json":
            return .jsonObject
        case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-lines":
            return .jsonLines
        case "text/plain", "text/html":
            // Without ?id=, the ID is made from the content (`add`), so that the same text sent twice is one article.
            return .document(id: QueryParameters(request).text("id") ?? "")
        case let other?:
            throw Problem(status: .unsupportedMediaType, message: "Content-Type \(other) is not read; send application/json "
                + "(one article), application/x-ndjson (one article a line), text/plain or text/html (with ?id=)")
        }
    }
}

extension ArticleReader.SubmittedFormat {
    /// One JSON object or one document: answered with its outcome alone, not a batch's list.
    var isOneArticle: Bool {
        if case .jsonLines = self { return false }
        return true
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
