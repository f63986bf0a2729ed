import Foundation
@testable import ParallaxReading

/// Paths of the files under `Fixtures/`, and helpers to read them.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func path(_ relative: String) -> String {
        folder + "/" + relative
    }

    /// Every result of reading `paths`, in order.
    static func read(_ paths: [String], options: ArticleReader.Options = .init()) -> [Result<Article, ReadingError>] {
        var results: [Result<Article, ReadingError>] = []
        ArticleReader(options: options).read(paths: paths) { results.append($0) }
        return results
    }

    static func articles(_ paths: [String]) -> [Article] {
        read(paths).compactMap { try? $0.get() }
    }

    static func errors(_ paths: [String], options: ArticleReader.Options = .init()) -> [ReadingError] {
        read(paths, options: options).compactMap { result in
            if case .failure(let error) = result { return error }
            return nil
        }
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "parallax-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
