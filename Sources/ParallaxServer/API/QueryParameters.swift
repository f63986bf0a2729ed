import Foundation
import Hummingbird
import ParallaxReading
import ParallaxStorage

/// The query parameters of lists and searches, checked: a bad value is a 400 that names the parameter. Words are
/// taken as given, spaces included, and an empty word is none. An empty date, number or cursor is no value on a
/// page (a form's empty field sends one) and a bad value in the API, whose clients say what they mean.
struct QueryParameters {
    /// What an empty date, number or cursor means.
    enum EmptyValue {
        /// None was given: the pages' forms.
        case absent
        /// A value that is not one, refused: the JSON API.
        case refused
    }

    private let values: [String: String]
    /// Names given more than once (a page takes the first value).
    private let repeated: Set<String>

    init(_ request: Request) {
        self.init(query: request.uri.query ?? "", empty: .absent)
    }

    init(query: String, empty: EmptyValue = .absent) {
        var values: [String: String] = [:], repeated = Set<String>()
        for (name, value) in FormEncoding.pairs(query[...]) {
            if values[name] != nil { repeated.insert(name) }
            if values[name] == nil, !value.isEmpty || empty == .refused { values[name] = value }
        }
        self.values = values
        self.repeated = repeated
    }

    /// The parameters of an API request: an empty date, number or cursor is refused, and so is a parameter given
    /// twice (one value each: a client that sends two means something the API cannot do).
    static func api(_ request: Request) throws -> QueryParameters {
        try api(query: request.uri.query ?? "")
    }

    static func api(query: String) throws -> QueryParameters {
        let parameters = QueryParameters(query: query, empty: .refused)
        if let name = parameters.repeated.sorted().first {
            throw Problem(status: .badRequest, message: "\(name): given more than once; give one value")
        }
        return parameters
    }

    /// Words: an empty value is none.
    func text(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }

    var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) }

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
            since: try day("since"), until: try day("until"), outlet: text("outlet"), entity: text("entity"),
            query: text("q"))
    }

    func cursor() throws -> StoryPosition? {
        guard let text = values["cursor"] else { return nil }
        guard let position = StoryPosition(token: text) else {
            throw Problem(status: .badRequest, message: "cursor: \"\(text)\" is not a cursor; pass the \"next\" of the previous page")
        }
        return position
    }
}
