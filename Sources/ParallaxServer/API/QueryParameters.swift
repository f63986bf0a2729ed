import Foundation
import Hummingbird
import ParallaxReading
import ParallaxStorage

/// The query parameters of lists and searches, checked: a bad value is a 400 that names the parameter. An empty
/// value is no value (a form's empty field sends one); any other is taken as given, spaces included.
struct QueryParameters {
    private let values: [String: String]

    init(_ request: Request) {
        self.init(query: request.uri.query ?? "")
    }

    init(query: String) {
        var values: [String: String] = [:]
        for (name, value) in FormEncoding.pairs(query[...]) {
            // The first value of a parameter given twice.
            if values[name] == nil, !value.isEmpty { values[name] = value }
        }
        self.values = values
    }

    func text(_ name: String) -> String? { values[name] }

    var isEmpty: Bool { values.isEmpty }

    /// The parameters as a query string, with `name` set to `value` (the next page's link).
    func replacing(_ name: String, with value: String) -> String {
        var values = values
        values[name] = value
        return values.sorted { $0.key < $1.key }.map { "\(urlComponent($0.key))=\(urlComponent($0.value))" }
            .joined(separator: "&")
    }

    func day(_ name: String) throws -> CalendarDay? {
        guard let text = values[name] else { return nil }
        // CalendarDay also reads a day followed by a time; a filter takes a day alone.
        guard text.utf8.count == 10, let day = CalendarDay(iso8601: text) else {
            throw Problem(status: .badRequest, message: "\(name): expected a date as YYYY-MM-DD, got \"\(text)\"")
        }
        return day
    }

    func limit(default defaultValue: Int, maximum: Int) throws -> Int {
        guard let text = values["limit"] else { return defaultValue }
        guard let limit = Int(text), (1...maximum).contains(limit) else {
            throw Problem(status: .badRequest, message: "limit: expected a whole number from 1 to \(maximum), got \"\(text)\"")
        }
        return limit
    }

    /// since, until, outlet, entity and q.
    func filter() throws -> ArticleFilter {
        ArticleFilter(
            since: try day("since"), until: try day("until"), outlet: values["outlet"], entity: values["entity"],
            query: values["q"])
    }

    func cursor() throws -> StoryPosition? {
        guard let text = values["cursor"] else { return nil }
        guard let position = StoryPosition(token: text) else {
            throw Problem(status: .badRequest, message: "cursor: \"\(text)\" is not a cursor; pass the \"next\" of the previous page")
        }
        return position
    }
}
