import Foundation

/// Articles read from paths one at a time, on demand: a JSONL file or pipe is read line by line, so that memory
/// holds one chunk of the input, however large it is or however long a pipe stays open.
///
/// ```swift
/// let stream = ArticleStream(paths: ["feed.jsonl", "pages/"])
/// while let result = stream.next() {
///     switch result {
///     case .success(let article): store(article)
///     case .failure(let error): report(error)   // the stream goes on after a bad line or file
///     }
/// }
/// ```
///
/// Uncompressed JSONL files and standard input holding JSONL are streamed; other files (text, HTML, anything
/// gzipped) are read whole, within the reader's limits, since each is one article or must be inflated first.
public final class ArticleStream {
    private let reader: ArticleReader
    private var pending: [String]
    private var buffered: [Result<Article, ReadingError>] = []
    private var bufferedIndex = 0
    private var lines: JSONLSource?
    private let decoder = JSONDecoder()
    private var finishedBytes = 0

    /// The sum of the sizes of the named files, when known (not for standard input): for a share-done figure.
    public let totalBytes: Int?

    public init(paths: [String], reader: ArticleReader = ArticleReader()) {
        self.reader = reader
        self.pending = paths.reversed()
        var total = 0
        var known = true
        for path in paths {
            if path == "-" { known = false; continue }
            total += ArticleStream.size(of: path)
        }
        totalBytes = known ? total : nil
    }

    /// Bytes of input consumed so far (of the files as stored, before inflating).
    public var bytesRead: Int { finishedBytes + (lines?.stream.bytesRead ?? 0) }

    /// Whether `next()` can answer without waiting for a pipe: false while standard input has not yet written the
    /// next line, so that a caller can act on what it has (commit a batch) before blocking.
    public var hasPendingInput: Bool {
        if bufferedIndex < buffered.count { return true }
        if let lines { return lines.stream.hasPendingLine }
        return !pending.isEmpty
    }

    /// The next article or error, nil at the end of the input.
    public func next() -> Result<Article, ReadingError>? {
        while true {
            if bufferedIndex < buffered.count {
                defer { bufferedIndex += 1 }
                return buffered[bufferedIndex]
            }
            buffered.removeAll(keepingCapacity: true)
            bufferedIndex = 0
            if let current = lines {
                if let result = nextLine(current) { return result }
                continue
            }
            guard let path = pending.popLast() else { return nil }
            open(path)
        }
    }

    /// A JSONL input being streamed.
    private final class JSONLSource {
        let stream: LineStream
        let source: String
        var sawRecord = false

        init(_ stream: LineStream, source: String) {
            self.stream = stream
            self.source = source
        }
    }

    private func nextLine(_ current: JSONLSource) -> Result<Article, ReadingError>? {
        let source = current.source
        while true {
            let line: LineStream.Line?
            do {
                line = try current.stream.next()
            } catch {
                finish(current)
                return .failure(ReadingError(source: source, reason: .unreadable("\(error)")))
            }
            switch line {
            case nil:
                finish(current)
                return current.sawRecord ? nil : .failure(ReadingError(source: source, reason: .empty))
            case .tooLong(let bytes, let number):
                current.sawRecord = true
                return .failure(ReadingError(source: source, line: number, reason: .tooLarge(bytes: bytes, limit: reader.options.maxArticleBytes)))
            case .text(let bytes, let number):
                if bytes.allSatisfy(TextBytes.isSpace) { continue }
                if !current.sawRecord, number == 1, let kind = BinarySniffer.binaryKind(of: Array(bytes.prefix(8192))) {
                    finish(current)
                    return .failure(ReadingError(source: source, reason: .binary(kind: kind)))
                }
                current.sawRecord = true
                let result = JSONLReader.article(
                    from: bytes, source: source, line: number, maxLineBytes: reader.options.maxArticleBytes, decoder: decoder)
                return result.map(reader.withLanguage)
            }
        }
    }

    private func finish(_ current: JSONLSource) {
        finishedBytes += current.stream.bytesRead
        lines = nil
    }

    /// Starts reading one path: streams JSONL, reads anything else whole into the buffer.
    private func open(_ path: String) {
        if path == "-" {
            let stream = LineStream(descriptor: 0, ownsDescriptor: false, maxLineBytes: reader.options.maxArticleBytes)
            let head = (try? stream.peek(512)) ?? []
            if InputFormat(sniffing: head) == .jsonl {
                lines = JSONLSource(stream, source: "<stdin>")
            } else {
                let bytes = (try? stream.readToEnd(limit: reader.options.maxArticleBytes)) ?? []
                reader.read(bytes: bytes, source: "<stdin>", format: nil, id: "stdin") { buffered.append($0) }
            }
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let files = ArticleReader.files(inFolder: path)
            if files.isEmpty {
                buffered.append(.failure(ReadingError(source: path, reason: .noReadableFiles)))
            }
            pending.append(contentsOf: files.reversed())
            return
        }
        if InputFormat(path: path) == .jsonl, !isGzipped(path), let descriptor = Self.openForReading(path) {
            lines = JSONLSource(
                LineStream(descriptor: descriptor, ownsDescriptor: true, maxLineBytes: reader.options.maxArticleBytes), source: path)
            return
        }
        reader.readFile(path) { buffered.append($0) }
        finishedBytes += Self.size(of: path)
    }

    private static func openForReading(_ path: String) -> Int32? {
        let descriptor = Foundation.open(path, O_RDONLY)
        return descriptor >= 0 ? descriptor : nil
    }

    private static func size(of path: String) -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        if isFolder.boolValue {
            return ArticleReader.files(inFolder: path).reduce(0) { $0 + size(of: $1) }
        }
        return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
