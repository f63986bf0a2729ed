import Foundation
import PostgresNIO

/// A value bound into a statement built at run time (a multi-row insert), where the interpolation of
/// `PostgresQuery` cannot be used.
enum SQLValue: Sendable {
    case text(String?)
    case integer(Int)
    case timestamp(Date)

    func append(to binds: inout PostgresBindings) {
        switch self {
        // PostgreSQL's text holds no NUL character (SQLite's does): one would fail the whole batch.
        case .text(let text): binds.append(text.map { $0.contains("\0") ? $0.replacingOccurrences(of: "\0", with: "") : $0 })
        case .integer(let number): binds.append(number)
        case .timestamp(let date): binds.append(date)
        }
    }
}

/// `INSERT INTO table (columns) VALUES (…), (…) suffix` for rows of values, with `casts` giving a column's type
/// where the bound value's is not the column's (a day bound as text into a `date`).
func multiRowInsert(
    into table: String, columns: [String], casts: [String: String] = [:], rows: [[SQLValue]], suffix: String = ""
) -> PostgresQuery {
    var binds = PostgresBindings(capacity: rows.count * columns.count)
    var tuples: [String] = []
    tuples.reserveCapacity(rows.count)
    for row in rows {
        var marks: [String] = []
        for (column, value) in zip(columns, row) {
            value.append(to: &binds)
            marks.append("$\(binds.count)" + (casts[column].map { "::" + $0 } ?? ""))
        }
        tuples.append("(" + marks.joined(separator: ", ") + ")")
    }
    let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        + tuples.joined(separator: ", ") + (suffix.isEmpty ? "" : " " + suffix)
    return PostgresQuery(unsafeSQL: sql, binds: binds)
}

/// Rows a statement may bind at most: PostgreSQL takes 65,535 parameters a statement.
func rowsPerStatement(columns: Int) -> Int { max(1, 60_000 / columns) }
