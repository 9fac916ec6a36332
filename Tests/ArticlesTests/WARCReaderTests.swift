@testable import Articles
import Foundation
import Testing

/// WARC files written by warcio in the set-up: each response record holding an HTML page is
/// one article; requests, metadata and pages of other types are not articles.
@Suite struct WARCReaderTests {
    static let story = WARCTestFiles.page(
        "Army chiefs meet in Rawalpindi",
        ["The army chief met the visiting defence minister on Tuesday.", "They discussed training and regional security."])
    static let second = WARCTestFiles.page("Navy ships visit Karachi", ["Two ships of the navy arrived in Karachi for a goodwill visit."])

    static func spec(gzip: Bool) -> [String: Any] {
        [
            "gzip": gzip,
            "records": [
                ["type": "request", "uri": "https://news.example.org/army"],
                WARCTestFiles.response(
                    "https://news.example.org/army", id: "<urn:uuid:0a1b2c3d-0000-4000-8000-000000000001>", date: "2024-03-05T12:34:56Z",
                    body: story),
                ["type": "metadata", "uri": "https://news.example.org/army", "body": "fetchTimeMs: 12\n"],
                WARCTestFiles.response("https://news.example.org/logo.png", body: "PNG", contentType: "image/png"),
                WARCTestFiles.response("https://news.example.org/gone", body: "<html><body>Not found</body></html>", status: 404),
                WARCTestFiles.response(
                    "https://news.example.org/navy", id: "<urn:uuid:0a1b2c3d-0000-4000-8000-000000000002>", date: "2024-03-06T08:00:00Z",
                    body: second, chunked: true, contentEncoding: "gzip"),
            ],
        ]
    }

    @Test(arguments: [true, false]) func responsePagesAreTheArticles(gzip: Bool) throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(gzip ? "crawl.warc.gz" : "crawl.warc").path
        try WARCTestFiles.writeWARC(Self.spec(gzip: gzip), to: path)
        let listing = try ArticleInputs.collect([path])
        #expect(listing.problems.isEmpty, "\(listing.problems)")
        #expect(listing.inputs.map(\.identifier) == ["0a1b2c3d-0000-4000-8000-000000000001", "0a1b2c3d-0000-4000-8000-000000000002"])
        #expect(listing.notes.count == 1)
        #expect(listing.notes.first?.contains("2 response record(s) are not HTML pages") == true, "\(listing.notes)")
        #expect(listing.notes.first?.contains("image/png: 1") == true && listing.notes.first?.contains("status 404: 1") == true)
        for input in listing.inputs {
            guard case .warcRecord(let reference) = input.origin else { Issue.record("not a record: \(input)"); continue }
            #expect(input.path == "\(path)#\(reference.location)")
        }

        let army = try ArticleReader().read(listing.inputs[0])
        #expect(army.identifier == "0a1b2c3d-0000-4000-8000-000000000001")
        #expect(army.url == "https://news.example.org/army")
        #expect(army.datePublished == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(army.text.contains("The army chief met the visiting defence minister on Tuesday."))
        // Chunked and gzip-encoded on the wire: the page as the server meant it.
        let navy = try ArticleReader().read(listing.inputs[1])
        #expect(navy.url == "https://news.example.org/navy")
        #expect(navy.text.contains("Two ships of the navy arrived in Karachi for a goodwill visit."))
        let direct = try ArticleReader().read(bytes: Array(Self.second.utf8), identifier: "x", path: "x.html", isHTML: true)
        #expect(navy.text == direct.text)
    }

    @Test func recordsAreReadAgainFromTheirOffsetAlone() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("crawl.warc.gz").path
        try WARCTestFiles.writeWARC(Self.spec(gzip: true), to: path)
        let file = try InputFile(bytes: Array(path.utf8), shownAs: path)
        let all = try WARCReader(file: file, compressed: true)
        var records: [WARCReader.Record] = []
        while let record = try all.next(blockPrefix: 1 << 20) { records.append(record) }
        #expect(records.map(\.header.type) == ["warcinfo", "request", "response", "metadata", "response", "response", "response"])
        #expect(records.allSatisfy { $0.location.skip == 0 && $0.isComplete })  // warcio compresses record by record
        for record in records {
            let again = try WARCReader(file: InputFile(bytes: Array(path.utf8), shownAs: path), compressed: true, at: record.location)
            let read = try #require(try again.next(blockPrefix: 1 << 20))
            #expect(read.header == record.header && read.block == record.block)
        }
    }

    @Test func aWholeFileGzipStreamIsReadRecordByRecordToo() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("crawl.warc").path
        try WARCTestFiles.writeWARC(Self.spec(gzip: false), to: plain)
        let path = folder.appendingPathComponent("whole.warc.gz").path
        try WARCTestFiles.gzip(plain, to: path)
        let listing = try ArticleInputs.collect([path])
        #expect(listing.inputs.count == 2)
        let article = try ArticleReader().read(try #require(listing.inputs.last))
        #expect(article.text.contains("goodwill visit"))
        guard case .warcRecord(let reference)? = listing.inputs.last?.origin else { Issue.record("not a record"); return }
        #expect(reference.location.offset == 0 && reference.location.skip > 0)
    }

    @Test func aWARCWithoutPagesIsAProblemAndACorruptOneNamesTheRecord() throws {
        let folder = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("requests.warc.gz").path
        try WARCTestFiles.writeWARC(["gzip": true, "records": [["type": "request", "uri": "https://news.example.org/"]]], to: path)
        let listing = try ArticleInputs.collect([path])
        #expect(listing.inputs.isEmpty)
        #expect(listing.problems.count == 1)
        #expect(listing.problems.first?.description.hasPrefix(path + ": no HTML page in the WARC file (2 record(s)") == true, "\(listing.problems)")

        let good = folder.appendingPathComponent("good.warc").path
        try WARCTestFiles.writeWARC(Self.spec(gzip: false), to: good)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good)))
        bytes.removeLast(200)  // the last record's block cut short
        let cut = folder.appendingPathComponent("cut.warc").path
        try Data(bytes).write(to: URL(fileURLWithPath: cut))
        let partial = try ArticleInputs.collect([cut])
        #expect(partial.inputs.count == 1)
        #expect(partial.problems.count == 1)
        #expect(partial.problems.first?.description.contains("malformed WARC record at byte") == true, "\(partial.problems)")
        #expect(partial.problems.first?.description.contains("the file ends inside the record's block") == true)
    }

    @Test func recordIdentifiersAreNames() {
        let location = WARCRecordLocation(offset: 77)
        #expect(ArticleInputs.identifier(recordID: "<urn:uuid:AB-12>", file: "x.warc", location: location) == "AB-12")
        #expect(ArticleInputs.identifier(recordID: "<https://ex.org/r/1>", file: "x.warc", location: location) == "https---ex.org-r-1")
        #expect(ArticleInputs.identifier(recordID: "", file: "d/crawl.warc.gz", location: location) == "crawl-77")
        let relative = ArticleInput.recordRelativePath(file: "d/crawl.warc.gz", location: location, identifier: "AB-12")
        #expect(relative == "d/crawl.warc.gz#0000000000000077/AB-12")
        #expect(ArticleInput.recordIdentifier(relativePath: relative) == "AB-12")
        #expect(ArticleInput.recordIdentifier(relativePath: "d/a#b/c.txt") == nil)
    }

    @Test func chunkedBodiesAreJoinedAndBadChunksRefused() throws {
        #expect(try HTTPResponsePayload.dechunk(Array("4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nT: 1\r\n\r\n".utf8)).get() == Array("Wikipedia".utf8))
        #expect(throws: HTTPResponsePayload.PayloadProblem.self) { try HTTPResponsePayload.dechunk(Array("zz\r\nWiki".utf8)).get() }
        #expect(throws: HTTPResponsePayload.PayloadProblem.self) { try HTTPResponsePayload.dechunk(Array("40\r\nWiki\r\n".utf8)).get() }
    }
}
