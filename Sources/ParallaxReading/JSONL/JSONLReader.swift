import Foundation

/// Reads Article JSONL (DESIGN.md): one object a line with `id` and `text` required and `title`, `date`,
/// `url`, `outlet`, `lang` optional. Unknown fields (gold labels and the like) are ignored. A dateline opening
/// the text gives the agency and the place, as it does in a text file.
public struct JSONLReader: Sendable {
    public init() {}

    /// Calls `body` with each line's article or error, in order; blank lines are skipped.
    public func read(
        _ bytes: [UInt8], source: String, maxLineBytes: Int,
        _ body: (Result<Article, ReadingError>) throws -> Void
    ) rethrows {
        let decoder = JSONDecoder()
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.allSatisfy(TextBytes.isSpace) { continue }
            try body(Self.article(from: line, source: source, line: lineNumber, maxLineBytes: maxLineBytes, decoder: decoder))
        }
    }

    static func article(
        from line: ArraySlice<UInt8>, source: String, line number: Int, maxLineBytes: Int, decoder: JSONDecoder
    ) -> Result<Article, ReadingError> {
        func failure(_ reason: ReadingError.Reason) -> Result<Article, ReadingError> {
            .failure(ReadingError(source: source, line: number, reason: reason))
        }
        if line.count > maxLineBytes { return failure(.tooLarge(bytes: line.count, limit: maxLineBytes)) }
        let invalid = line.withUnsafeBufferPointer { TextBytes.firstInvalidUTF8Offset($0) }
        if let invalid { return failure(.invalidUTF8(byteOffset: invalid)) }
        do {
            var article = try decoder.decode(ArticleRecord.self, from: Data(line)).article
            // Wire copy says so in its opening words ("MOSCOW (AP) —"), as in a text file.
            if let dateline = Dateline(openingParagraph: String(article.text.prefix(120))) {
                article.agency = dateline.agency
                article.dateline = dateline.place
            }
            return .success(article)
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, _):
                return failure(.missingField(key.stringValue))
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                guard let field = context.codingPath.first?.stringValue else {
                    return failure(.malformedJSON("the line is not a JSON object"))
                }
                return failure(.wrongFieldType(field: field, expected: ArticleRecord.expectedType(of: field)))
            case .dataCorrupted(let context):
                if let field = context.codingPath.first?.stringValue {
                    return failure(.wrongFieldType(field: field, expected: ArticleRecord.expectedType(of: field)))
                }
                return failure(.malformedJSON(Self.shortReason(context)))
            @unknown default:
                return failure(.malformedJSON("\(error)"))
            }
        } catch {
            return failure(.malformedJSON("\(error)"))
        }
    }

    private static func shortReason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError?,
           let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return detail
        }
        return context.debugDescription
    }
}

/// One JSONL line as decoded; `id` may also be a number, which is read as its decimal string.
struct ArticleRecord: Decodable {
    var article: Article

    enum Key: String, CodingKey {
        case id, text, title, date, url, outlet, lang
    }

    static func expectedType(of field: String) -> String {
        switch field {
        case "id": "a string that is not empty, or a whole number"
        case "date": "a date as YYYY-MM-DD, or null"
        case "text": "a string"
        case "lang": "an ISO 639-1 code such as \"en\", or null"
        default: "a string or null"
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let id: String
        if let number = try? container.decode(Int.self, forKey: .id) {
            id = String(number)
        } else {
            id = try container.decode(String.self, forKey: .id)
        }
        // An empty ID names nothing: the article could never be asked for.
        guard !id.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "empty ID")
        }
        article = Article(
            id: id,
            text: try container.decode(String.self, forKey: .text),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            date: try container.decodeIfPresent(CalendarDay.self, forKey: .date),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            outlet: try container.decodeIfPresent(String.self, forKey: .outlet),
            language: try container.decodeIfPresent(String.self, forKey: .lang)
        )
    }
}
