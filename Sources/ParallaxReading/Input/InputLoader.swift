import Foundation

/// Reads one file's bytes, inflating `.gz`, with the checks every input gets: it exists, it is not too
/// large and it is not binary.
struct InputLoader: Sendable {
    /// The most bytes one file may hold (after inflating), so that a stray huge file cannot exhaust memory.
    var fileByteLimit: Int

    func load(path: String) throws(ReadingError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadingError(source: path, reason: .missing)
        }
        if isFolder.boolValue { throw ReadingError(source: path, reason: .unreadable("it is a folder")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > fileByteLimit {
            throw ReadingError(source: path, reason: .tooLarge(bytes: size, limit: fileByteLimit))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadingError(source: path, reason: .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw ReadingError(source: path, reason: .unreadable(error.localizedDescription))
        }
        var bytes = [UInt8](data)
        if isGzipped(path) {
            do {
                bytes = try Gzip.inflate(bytes, limit: fileByteLimit)
            } catch {
                switch error {
                case .tooLarge:
                    throw ReadingError(source: path, reason: .tooLarge(bytes: fileByteLimit + 1, limit: fileByteLimit))
                case .corrupt(let why):
                    throw ReadingError(source: path, reason: .unreadable("broken gzip data: \(why)"))
                }
            }
        }
        try Self.check(bytes, source: path)
        return bytes
    }

    /// Rejects empty and binary inputs.
    static func check(_ bytes: [UInt8], source: String) throws(ReadingError) {
        if bytes.allSatisfy(TextBytes.isSpace) { throw ReadingError(source: source, reason: .empty) }
        if let kind = BinarySniffer.binaryKind(of: bytes) {
            throw ReadingError(source: source, reason: .binary(kind: kind))
        }
    }
}
