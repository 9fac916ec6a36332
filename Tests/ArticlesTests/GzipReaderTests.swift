@testable import Articles
import Foundation
import Testing

/// Gzip-compressed articles: one member, members concatenated, and corrupt data refused with
/// the file and the byte offset.
@Suite struct GzipReaderTests {
    static let text = " date 2024-03-05 Army chiefs meet in Rawalpindi\n\nThe army chief met the visiting defence minister on Tuesday.\n"

    @Test func aGzippedTextArticleReadsAsTheTextDoes() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("story.txt").path
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: plain))
        try WARCTestFiles.gzip(plain, to: plain + ".gz")
        let expected = try ArticleReader().read(path: plain)
        let article = try ArticleReader().read(path: plain + ".gz")
        #expect(article.identifier == "story")
        #expect(article.text == expected.text)
        #expect(article.datePublished == CalendarDate(year: 2024, month: 3, day: 5))
    }

    @Test func membersConcatenatedAreReadInOrder() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let halves = [String(Self.text.prefix(40)), String(Self.text.dropFirst(40))]
        var joined = Data()
        for (i, half) in halves.enumerated() {
            let path = folder.appendingPathComponent("part\(i).txt").path
            try Data(half.utf8).write(to: URL(fileURLWithPath: path))
            try WARCTestFiles.gzip(path, to: path + ".gz")
            joined += try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
        }
        let path = folder.appendingPathComponent("page.html.gz").path
        try joined.write(to: URL(fileURLWithPath: path))
        let file = try InputFile(bytes: Array(path.utf8), shownAs: path)
        let reader = try GzipReader(file: file)
        let first = try #require(try reader.nextMember())
        let second = try #require(try reader.nextMember())
        #expect(try reader.nextMember() == nil)
        #expect(first.offset == 0 && second.offset > 0)
        #expect(String(decoding: first.bytes + second.bytes, as: UTF8.self) == Self.text)
        #expect(try GzipReader(file: InputFile(bytes: Array(path.utf8), shownAs: path)).readAll(limit: 1 << 20) == Array(Self.text.utf8))
    }

    @Test func corruptDataIsAnErrorNamingTheFileAndTheMember() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("story.txt").path
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: plain))
        try WARCTestFiles.gzip(plain, to: plain + ".gz")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: plain + ".gz")))
        let good = bytes
        bytes[bytes.count / 2] ^= 0xFF  // a bit flipped in the DEFLATE data (or the CRC-32 no longer matches)
        let corrupt = folder.appendingPathComponent("corrupt.txt.gz").path
        try Data(good + bytes).write(to: URL(fileURLWithPath: corrupt))
        #expect {
            _ = try ArticleReader().read(path: corrupt)
        } throws: { error in
            guard case InputError.corruptGzip(let path, let offset, _) = error else { return false }
            return path == corrupt && offset == good.count
        }
        let truncated = folder.appendingPathComponent("truncated.txt.gz").path
        try Data(good.dropLast(6)).write(to: URL(fileURLWithPath: truncated))
        #expect(throws: InputError.self) { _ = try ArticleReader().read(path: truncated) }
        let notGzip = folder.appendingPathComponent("plain.html.gz").path
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: notGzip))
        #expect {
            _ = try ArticleReader().read(path: notGzip)
        } throws: { error in
            "\(error)".hasPrefix(notGzip + ": corrupt gzip data at byte 0: not gzip data")
        }
    }

    @Test func aMemberLargerThanTheArticleLimitIsRefused() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("big.txt").path
        try Data((Self.text + String(repeating: "The minister spoke at length. ", count: 2_000)).utf8).write(to: URL(fileURLWithPath: plain))
        try WARCTestFiles.gzip(plain, to: plain + ".gz")
        #expect(throws: ArticleError.self) { _ = try ArticleReader(maximumBytes: 10_000).read(path: plain + ".gz") }
    }
}
