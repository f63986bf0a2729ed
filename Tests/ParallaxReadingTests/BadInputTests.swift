import Foundation
import Testing
@testable import ParallaxReading

/// Every kind of bad input gets a clear error that names it, and the rest of the batch is still read.
@Suite("Bad input")
struct BadInputTests {
    @Test func aBatchGoesOnPastEachBadFile() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files: [String: [UInt8]] = [
            "a-binary.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            "b-latin1.txt": Array("Headline\n\nThe caf".utf8) + [0xE9] + Array(" was closed on Monday.".utf8),
            "c-empty.txt": [],
            "d-blank.html": Array("  \n\n \t".utf8),
            "e-good.txt": Array("A good headline\n\nA good body paragraph that ends well.".utf8),
            "f-nul.jsonl": Array("{\"id\": \"x\",".utf8) + [0, 0, 0],
        ]
        for (name, bytes) in files {
            try #require(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)))
        }
        let missing = folder + "/no-such-file.txt"
        let results = Fixture.read([folder, missing])
        let articles = results.compactMap { try? $0.get() }
        let errors = results.compactMap { result -> ReadingError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        #expect(articles.map(\.id) == ["e-good"])
        #expect(errors.map(\.reason) == [
            .binary(kind: "PNG image"), .invalidUTF8(byteOffset: 17), .empty, .empty,
            .binary(kind: "it holds NUL bytes"), .missing,
        ])
        #expect(errors.map { $0.source.split(separator: "/").last.map(String.init) } == [
            "a-binary.txt", "b-latin1.txt", "c-empty.txt", "d-blank.html", "f-nul.jsonl", "no-such-file.txt",
        ])
        #expect(errors[1].description.hasSuffix(
            "b-latin1.txt: is not valid UTF-8 (first bad byte at offset 17); convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"))
        #expect(errors[5].description == missing + ": no such file or folder")
    }

    @Test func aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/huge.txt"
        try #require(FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "a"), count: 50 << 20)))
        let errors = Fixture.errors([path])
        #expect(errors == [ReadingError(source: path, reason: .tooLarge(bytes: 50 << 20, limit: 16 << 20))])
        #expect(errors[0].description.hasSuffix("huge.txt: is 50.0 MB, more than the 16.0 MB allowed for one article; split it, or raise the limit with --max-article-mb"))
    }

    @Test func aLargeJSONLFileIsReadLineByLine() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/many.jsonl"
        let line = "{\"id\": \"n\", \"text\": \"" + String(repeating: "word ", count: 1000) + "\", \"lang\": \"en\"}\n"
        let count = 20 << 20 / line.utf8.count + 1
        try #require(FileManager.default.createFile(atPath: path, contents: Data(String(repeating: line, count: count).utf8)))
        var options = ArticleReader.Options()
        options.maxArticleBytes = 1 << 20
        let results = Fixture.read([path], options: options)
        #expect(results.count == count)
        #expect(results.allSatisfy { (try? $0.get()) != nil })
    }

    /// A streamed JSONL line longer than the limit is reported by its number and skipped, without being held;
    /// the lines around it are read.
    @Test func anOverlongJSONLLineIsSkippedAndNamed() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/long-line.jsonl"
        let short = "{\"id\": \"a\", \"text\": \"Short.\"}\n"
        let long = "{\"id\": \"b\", \"text\": \"" + String(repeating: "x", count: 3 << 20) + "\"}\n"
        try #require(FileManager.default.createFile(atPath: path, contents: Data((short + long + short.replacingOccurrences(of: "\"a\"", with: "\"c\"")).utf8)))
        var options = ArticleReader.Options()
        options.maxArticleBytes = 1 << 20
        let results = Fixture.read([path], options: options)
        #expect(results.count == 3)
        #expect((try? results[0].get())?.id == "a")
        guard case .failure(let error) = results[1] else {
            Issue.record("the long line was read")
            return
        }
        #expect(error.line == 2)
        #expect(error.reason == .tooLarge(bytes: long.utf8.count - 1, limit: 1 << 20))
        #expect((try? results[2].get())?.id == "c")
    }

    @Test func aFolderWithNothingReadableIsNamed() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "not an article".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        #expect(Fixture.errors([folder]) == [ReadingError(source: folder, reason: .noReadableFiles)])
    }

    @Test func aBrokenGzipFileIsNamed() {
        let path = Fixture.path("gzip/truncated.txt.gz")
        let errors = Fixture.errors([path])
        #expect(errors.count == 1)
        #expect(errors.first?.source == path)
        #expect(errors.first?.description.contains("broken gzip data: the file ends before the gzip stream does") == true)
    }

    @Test func aGzipBombStopsAtTheLimit() throws {
        var options = ArticleReader.Options()
        // The file is 2,123 bytes compressed and 4,542 inflated: only inflating shows it is too large.
        options.maxArticleBytes = 3_000
        let errors = Fixture.errors([Fixture.path("gzip/ap-gates.txt.gz")], options: options)
        #expect(errors.first?.reason == .tooLarge(bytes: 3_001, limit: 3_000))
        #expect(errors.first?.description.hasSuffix("is 3001 bytes, more than the 3000 bytes allowed for one article; split it, or raise the limit with --max-article-mb") == true)
    }
}
