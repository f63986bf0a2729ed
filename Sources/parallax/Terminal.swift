import Foundation

/// Output helpers: results go to standard output, progress and errors to standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("parallax: " + message + "\n").utf8))
    }

    /// A one-line progress note that overwrites itself, shown only when standard error is a terminal.
    static func progress(_ message: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
    }

    static func endProgress() {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Formats a fraction with three decimals: 0.9312.
    static func decimal(_ value: Double, places: Int = 3) -> String {
        String(format: "%.\(places)f", value)
    }

    /// Right-aligns text in a column of `width` characters, for figures in tables.
    static func leftPad(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
