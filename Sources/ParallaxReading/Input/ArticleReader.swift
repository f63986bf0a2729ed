import Foundation

/// The entry point of the Reading stage: turns paths (files, folders, `-` for standard input) into articles.
///
/// ```swift
/// let reader = ArticleReader()
/// try reader.read(paths: ["seeds/"]) { result in
///     switch result {
///     case .success(let article): print(article.title ?? article.id)
///     case .failure(let error): print(error)   // "seeds/x.bin: is a binary file (PNG image), …"
///     }
/// }
/// ```
///
/// One bad input never stops the batch: each gives its own `ReadingError` and reading goes on.
public struct ArticleReader: Sendable {
    public struct Options: Sendable {
        /// The largest single article file (text or HTML, after inflating) that is read.
        public var maxArticleBytes = 16 << 20
        /// The largest gzipped JSONL file after inflating (it is inflated whole); plain JSONL is streamed line by
        /// line and has no limit but `maxArticleBytes` a line.
        public var maxJSONLBytes = 4 << 30
        /// Identify the language of articles that do not state one.
        public var identifiesLanguage = true

        public init() {}
    }

    public var options: Options
    private let languageIdentifier = LanguageIdentifier()

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads each path in order; folders are walked recursively in name order, keeping files whose extension
    /// names a format (`.txt`, `.html`, `.jsonl`, each optionally `.gz`).
    /// A JSONL file or standard input is read line by line (`ArticleStream`), so its size is not limited.
    public func read(paths: [String], _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        let stream = ArticleStream(paths: paths, reader: self)
        while let result = stream.next() { try body(result) }
    }

    /// Reads every article of bytes already in memory. A nil format is guessed from the content.
    public func read(
        bytes: [UInt8], source: String, format: InputFormat?, id: String,
        _ body: (Result<Article, ReadingError>) throws -> Void
    ) rethrows {
        do {
            try InputLoader.check(bytes, source: source)
        } catch {
            return try body(.failure(error))
        }
        let format = format ?? InputFormat(sniffing: bytes.prefix(512))
        switch format {
        case .jsonl:
            try JSONLReader().read(bytes, source: source, maxLineBytes: options.maxArticleBytes) { result in
                try body(result.map(withLanguage))
            }
        case .text, .html:
            if bytes.count > options.maxArticleBytes {
                return try body(.failure(ReadingError(source: source, reason: .tooLarge(bytes: bytes.count, limit: options.maxArticleBytes))))
            }
            try body(Result { () throws(ReadingError) in
                let article = try document(bytes, format: format, source: source, id: id)
                return format == .html ? withPageLanguage(article) : withLanguage(article)
            })
        }
    }

    func readFile(_ path: String, _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        let format = InputFormat(path: path)
        let limit = format == .jsonl ? options.maxJSONLBytes : options.maxArticleBytes
        let bytes: [UInt8]
        do {
            bytes = try InputLoader(fileByteLimit: limit).load(path: path)
        } catch {
            return try body(.failure(error))
        }
        try read(bytes: bytes, source: path, format: format, id: Self.articleID(forPath: path), body)
    }

    private func document(_ bytes: [UInt8], format: InputFormat, source: String, id: String) throws(ReadingError) -> Article {
        if format == .html { return try HTMLReader().article(from: bytes, id: id, source: source) }
        let text = try TextDecoder.decodeStrict(bytes, source: source)
        guard let article = PlainTextReader().article(from: text, id: id) else {
            throw ReadingError(source: source, reason: .noText)
        }
        return article
    }

    func withLanguage(_ article: Article) -> Article {
        guard options.identifiesLanguage, article.language == nil else { return article }
        var article = article
        article.language = languageIdentifier.identify((article.title.map { $0 + "\n" } ?? "") + article.text)
        return article
    }

    /// A page's declared language (`<html lang>`, `og:locale`) unless its text clearly says otherwise: sites
    /// declare one language for every page (English articles on a `.de` site declare "de"). "Clearly": enough
    /// letters, and a margin per word far above what separates close languages (on the extraction benchmark the
    /// pages whose text contradicts their declaration score 5.4–7.5, close languages such as Portuguese and
    /// Spanish below 2.5).
    func withPageLanguage(_ article: Article) -> Article {
        guard options.identifiesLanguage, let declared = article.language else { return withLanguage(article) }
        guard let judged = languageIdentifier.judge(article.text), judged.language != declared,
              judged.letters >= Self.clearLetters, judged.margin >= Self.clearMargin
        else { return article }
        var article = article
        article.language = judged.language
        return article
    }

    static let clearLetters = 200
    static let clearMargin: Float = 3.0

    /// The files below a folder that Parallax can read, in a stable order; hidden files are skipped.
    static func files(inFolder folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  InputFormat(path: relative) != nil
            else { continue }
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return files.sorted()
    }

    /// The file name without its format extensions: `seeds/000_7800a2805b90ebf6.txt` → `000_7800a2805b90ebf6`.
    static func articleID(forPath path: String) -> String {
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        if InputFormat(path: name) != nil, let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        return name
    }
}
