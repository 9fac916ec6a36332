import Articles
import Foundation
import Testing

/// Reading `.txt` articles in the seed layout, and refusing what is not an article.
@Suite struct ArticleReaderTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    func read(_ text: String, id: String = "a") throws -> Article {
        try ArticleReader().read(bytes: Array(text.utf8), identifier: id, path: id + ".txt")
    }

    @Test func dateLineGivesPublicationDateAndHeadline() throws {
        let a = try read(" date 2021-10-14 In meeting, army chiefs discuss security\n\nThe two met on Wednesday.\n")
        #expect(a.datePublished == CalendarDate(year: 2021, month: 10, day: 14))
        #expect(a.title == "In meeting, army chiefs discuss security")
        #expect(a.text == "In meeting, army chiefs discuss security\nThe two met on Wednesday.")
        #expect(a.paragraphs.map(\.role) == [.heading, .body])
    }

    @Test func pageHeaderDateSourceAndBoilerplate() throws {
        let text = """
            Latest Headlines
            Pakistan and China strengthen defense ties
              \u{00B7}  2024-01-23  \u{00B7}   Source: The Daily Mail, Pakistan

            The vice minister met the army chief on January 22.

            China Focus
            About Us
            Partners:   |   China Today   |   Xinhua
            Copyright Beijing Review All rights reserved
            Read More: another story
            """
        let a = try read(text)
        #expect(a.datePublished == CalendarDate(year: 2024, month: 1, day: 23))
        #expect(a.source == "The Daily Mail, Pakistan")
        #expect(a.title == "Pakistan and China strengthen defense ties")
        #expect(!a.text.contains("Latest Headlines"))
        #expect(!a.text.contains("China Focus"))
        #expect(!a.text.contains("Copyright"))
        #expect(!a.text.contains("Read More"))
        #expect(a.text.contains("The vice minister met the army chief on January 22."))
    }

    @Test func publishedInFooter() throws {
        let a = try read("ANKARA (AA) - The ministers met on Monday.\nPublished in Daily Sabah, March 6th, 2023\n")
        #expect(a.datePublished == CalendarDate(year: 2023, month: 3, day: 6))
        #expect(a.source == "Daily Sabah")
    }

    @Test func closingSourceCreditNamesTheSource() throws {
        let a = try read("Pretoria – The ministers signed a memorandum on Thursday.\n\n– SAnews.gov.za\n")
        #expect(a.source == "SAnews.gov.za")
        #expect(a.text.hasSuffix("– SAnews.gov.za"))
        #expect(a.paragraphs.last?.role == .meta)
        // A navigation list at the end of a page is still dropped, dashes or not.
        let b = try read("The ministers met on Monday.\n- Home\n- About Us\n- Contact\n")
        #expect(b.source == nil)
        #expect(!b.text.contains("Contact"))
        // A dash line that ends a sentence is text, not a credit.
        let c = try read("The ministers met on Monday.\n— The talks went well.\n")
        #expect(c.source == nil)
    }

    @Test func photoCaptionIsMarked() throws {
        let a = try read(" date 2022-02-18 (L-R) General A with Minister B. \u{2014} ISPR\n\nBody text here.\n")
        #expect(a.paragraphs.first?.role == .caption)
        #expect(a.title == nil)
    }

    @Test func normalizationKeepsCurlyQuotes() throws {
        let a = try read("The Cafe\u{0301} said \u{201C}quoted words here\u{201D}.\r\nThe next\u{00A0}line ends here.\r\n")
        #expect(a.text == "The Caf\u{00E9} said \u{201C}quoted words here\u{201D}.\nThe next line ends here.")
    }

    @Test func seedsAreRead() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 5)
        for f in files {
            let a = try ArticleReader().read(path: Self.seeds.appendingPathComponent(f).path)
            #expect(a.identifier == String(f.dropLast(4)))
            #expect(!a.text.isEmpty)
        }
    }

    // MARK: errors

    @Test func notUTF8SaysWhere() throws {
        var bytes = Array("Hello\nworld ".utf8)
        bytes.append(0xC3)
        bytes.append(0x28)
        #expect(throws: ArticleError.notUTF8(path: "x.txt", byteOffset: 12, line: 2)) {
            try ArticleReader().read(bytes: bytes, identifier: "x", path: "x.txt")
        }
    }

    @Test func emptyAndBinaryAndHuge() throws {
        #expect(throws: ArticleError.empty(path: "e.txt")) { try ArticleReader().read(bytes: Array("  \n\n ".utf8), identifier: "e", path: "e.txt") }
        #expect(throws: ArticleError.binary(path: "b.txt", byteOffset: 3)) { try ArticleReader().read(bytes: [65, 66, 67, 0, 68], identifier: "b", path: "b.txt") }
        #expect(throws: ArticleError.tooLarge(path: "h.txt", bytes: 2000, limit: 1000)) {
            try ArticleReader(maximumBytes: 1000).read(bytes: Array(repeating: 65, count: 2000), identifier: "h", path: "h.txt")
        }
        let noise = (0..<4000).map { i in UInt8(33 + (i * 7919) % 90) }
        #expect(throws: ArticleError.self) { try ArticleReader().read(bytes: noise, identifier: "n", path: "n.txt") }
        #expect(throws: ArticleError.self) { try ArticleReader().read(path: "/nonexistent/a.txt") }
        #expect(throws: ArticleError.unsupportedFormat(path: "a.pdf", fileExtension: "pdf")) { try ArticleReader().read(path: "a.pdf") }
    }

    @Test func errorMessagesNameThePath() {
        let e = ArticleError.notUTF8(path: "in/a.txt", byteOffset: 7, line: 1)
        #expect(e.description.hasPrefix("in/a.txt:1: not UTF-8"))
        #expect(e.description.contains("byte offset 7"))
    }

    @Test func randomBytesNeverCrash() {
        var seed: UInt64 = 42
        for _ in 0..<200 {
            let count = Int(seed % 300)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
            }
            _ = try? ArticleReader().read(bytes: bytes, identifier: "r", path: "r.txt")
            _ = try? ArticleReader().read(bytes: bytes, identifier: "r", path: "r.html", isHTML: true)
        }
    }
}
