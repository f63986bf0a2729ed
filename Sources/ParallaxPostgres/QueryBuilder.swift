import PostgresNIO

/// A statement whose conditions depend on the request (filters, a page's position): the SQL text is ours, and
/// every value from outside goes in as a parameter.
struct QueryBuilder {
    private var binds = PostgresBindings()
    var conditions: [String] = []

    /// Binds a value and returns its placeholder ("$3").
    mutating func bind(_ value: SQLValue) -> String {
        value.append(to: &binds)
        return "$\(binds.count)"
    }

    mutating func bind(_ text: String) -> String { bind(.text(text)) }
    mutating func bind(_ number: Int) -> String { bind(.integer(number)) }

    var whereClause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }

    func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}

/// Text PostgreSQL can hold: it refuses the NUL character in `text` values.
func storable(_ text: String) -> String {
    text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: "") : text
}
