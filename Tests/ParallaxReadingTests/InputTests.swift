import Foundation
import Testing
@testable import ParallaxReading

@Suite("Inputs: folders, gzip, formats and standard input")
struct InputTests {
    @Test func gzipIsReadTransparently() throws {
        let plain = try #require(Fixture.articles([Fixture.path("seeds/001_71e3aa6deb07e942.txt")]).first)
        let zipped = try #require(Fixture.articles([Fixture.path("gzip/ap-gates.txt.gz")]).first)
        #expect(zipped.id == "ap-gates")
        #expect(zipped.text == plain.text)
    }

    @Test func foldersAreWalkedRecursivelyInNameOrder() {
        let files = ArticleReader.files(inFolder: Fixture.path("html"))
        // ground_truth.jsonl is JSONL, a readable format too; the README beside it is not.
        #expect(files.map { $0.split(separator: "/").last! } == [
            "ground_truth.jsonl", "latimes-disney.html.gz", "quotidien-windows-1252.html",
            "remember8090-blackfriday.html.gz",
        ])
        let everything = ArticleReader.files(inFolder: Fixture.folder)
        #expect(everything.contains { $0.hasSuffix("seeds/000_7800a2805b90ebf6.txt") })
        #expect(everything == everything.sorted())
    }

    @Test(arguments: [
        ("story.txt", InputFormat.text), ("page.HTM", .html), ("feed.jsonl.gz", .jsonl), ("x.ndjson", .jsonl),
        ("page.html.gz", .html),
    ])
    func formatsComeFromExtensions(path: String, format: InputFormat) {
        #expect(InputFormat(path: path) == format)
    }

    @Test func unknownExtensionsAreNotAFormat() {
        #expect(InputFormat(path: "notes.docx") == nil)
        #expect(InputFormat(path: "README") == nil)
    }

    @Test func unnamedBytesAreSniffed() {
        #expect(InputFormat(sniffing: Array("  {\"id\": 1}".utf8)) == .jsonl)
        #expect(InputFormat(sniffing: Array("\u{FEFF}<!doctype html>".utf8)) == .html)
        #expect(InputFormat(sniffing: Array("Headline\n\nBody.".utf8)) == .text)
    }

    @Test func bytesFromStandardInputAreReadLikeAFile() throws {
        let line = "{\"id\": \"s1\", \"text\": \"Piped in from another program.\", \"lang\": \"en\"}\n"
        var articles: [Article] = []
        ArticleReader().read(bytes: Array(line.utf8), source: "<stdin>", format: nil, id: "stdin") { result in
            if case .success(let article) = result { articles.append(article) }
        }
        #expect(articles.map(\.id) == ["s1"])
    }

    @Test func utf16TextWithAByteOrderMarkIsDecoded() throws {
        let text = "Headline in UTF-16\n\nA body paragraph that ends well."
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var articles: [Article] = []
        ArticleReader().read(bytes: bytes, source: "utf16.txt", format: .text, id: "utf16") { result in
            if case .success(let article) = result { articles.append(article) }
        }
        #expect(articles.first?.title == "Headline in UTF-16")
    }

    @Test func articleIDsDropFormatExtensionsOnly() {
        #expect(ArticleReader.articleID(forPath: "a/b/000_7800a2805b90ebf6.txt") == "000_7800a2805b90ebf6")
        #expect(ArticleReader.articleID(forPath: "page.html.gz") == "page")
        #expect(ArticleReader.articleID(forPath: "v1.2.report") == "v1.2.report")
    }

    @Test func jsonStringsAreEscaped() {
        #expect(JSONObjectWriter.quoted("a\"b\\c\n\u{1}</script>") == #""a\"b\\c\n\u0001</script>""#)
    }
}
