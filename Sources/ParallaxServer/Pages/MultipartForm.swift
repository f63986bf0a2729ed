import Foundation

/// The fields of a posted form: `multipart/form-data` (the ingest page, which may carry a file) or
/// `application/x-www-form-urlencoded`. Only what the page needs: named fields, a file's name and bytes.
struct PostedForm {
    struct Field {
        var bytes: [UInt8]
        /// The uploaded file's name, nil for a plain field.
        var fileName: String?
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    private(set) var fields: [String: Field] = [:]

    subscript(name: String) -> Field? { fields[name] }

    /// Reads a body of the given Content-Type; nil when it is neither form encoding or has no boundary.
    init?(contentType: String?, body: [UInt8]) {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        switch parts.first?.lowercased() {
        case "application/x-www-form-urlencoded":
            for (name, value) in FormEncoding.pairs(Substring(decoding: body, as: UTF8.self)) where fields[name] == nil {
                fields[name] = Field(bytes: Array(value.utf8))
            }
        case "multipart/form-data":
            guard let boundary = parts.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") })
                .map({ String($0.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }),
                !boundary.isEmpty
            else { return nil }
            readMultipart(body, boundary: Array(("--" + boundary).utf8))
        default:
            return nil
        }
    }

    private mutating func readMultipart(_ body: [UInt8], boundary: [UInt8]) {
        let separator = Array("\r\n\r\n".utf8)
        var position = Self.find(boundary, in: body, from: 0)
        while let start = position {
            let partStart = start + boundary.count
            // "--" after the boundary ends the form.
            guard partStart + 2 <= body.count, !(body[partStart] == 0x2D && body[partStart + 1] == 0x2D) else { break }
            guard let headerEnd = Self.find(separator, in: body, from: partStart) else { break }
            let next = Self.find(boundary, in: body, from: headerEnd + separator.count)
            // The part's content ends with the CRLF before the next boundary.
            var contentEnd = (next ?? body.count)
            if contentEnd >= 2, body[contentEnd - 2] == 0x0D, body[contentEnd - 1] == 0x0A { contentEnd -= 2 }
            let headers = String(decoding: body[partStart..<headerEnd], as: UTF8.self)
            if let name = Self.parameter("name", in: headers), fields[name] == nil {
                let contentStart = headerEnd + separator.count
                fields[name] = Field(
                    bytes: contentStart < contentEnd ? Array(body[contentStart..<contentEnd]) : [],
                    fileName: Self.parameter("filename", in: headers))
            }
            position = next
        }
    }

    /// `name="value"` in a Content-Disposition header.
    private static func parameter(_ name: String, in headers: String) -> String? {
        for line in headers.split(whereSeparator: \.isNewline) where line.lowercased().hasPrefix("content-disposition:") {
            for item in line.split(separator: ";").dropFirst() {
                let pair = item.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].lowercased() == name else { continue }
                return String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
