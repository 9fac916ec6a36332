import Articles
import Testing

/// Pages in legacy encodings are decoded as their header says.
@Suite struct HTMLEncodingTests {
    static let story = "The defence minister met his counterpart in the capital on Tuesday, and the two discussed training."

    static func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + body + Array(" \(story)</p></article></body></html>".utf8)
    }

    static func read(_ bytes: [UInt8]) throws -> Article {
        try ArticleReader().read(bytes: bytes, identifier: "e", path: "e.html", isHTML: true)
    }

    @Test func windows1252() throws {
        // "Café – “quoted”" in windows-1252: é E9, en dash 96, curly quotes 93/94.
        let a = try Self.read(Self.page(head: "<meta charset=\"windows-1252\">", body: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]))
        #expect(a.body.contains("Café – “q”"))
    }

    @Test func iso88591MeansWindows1252AndHttpEquiv() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        let a = try Self.read(Self.page(head: head, body: [0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x20, 0x80]))
        #expect(a.body.contains("München €"))
    }

    @Test func iso88592() throws {
        // "Łódź" in ISO-8859-2: A3 F3 64 BC.
        let a = try Self.read(Self.page(head: "<meta charset=iso-8859-2>", body: [0xA3, 0xF3, 0x64, 0xBC]))
        #expect(a.body.contains("Łódź"))
    }

    @Test func shiftJIS() throws {
        // "日本" in Shift_JIS: 93 FA 96 7B.
        let a = try Self.read(Self.page(head: "<meta charset=\"Shift_JIS\">", body: [0x93, 0xFA, 0x96, 0x7B]))
        #expect(a.body.contains("日本"))
    }

    @Test func undeclaredLegacyBytesAreWindows1252() throws {
        let a = try Self.read(Self.page(head: "", body: [0x43, 0x61, 0x66, 0xE9]))
        #expect(a.body.contains("Café"))
    }

    @Test func utf8StaysUTF8WhateverTheLabel() throws {
        let a = try Self.read(Self.page(head: "<meta charset=iso-8859-1>", body: Array("Café".utf8)))
        #expect(a.body.contains("Café"))
    }

    @Test func unknownEncodingIsAClearError() throws {
        #expect {
            try Self.read(Self.page(head: "<meta charset=\"x-no-such-charset\">", body: [0xE9]))
        } throws: { error in
            "\(error)".contains("unknown character encoding \"x-no-such-charset\"") && "\(error)".hasPrefix("e.html")
        }
    }

    @Test func bytesNotInTheDeclaredEncodingSayWhere() throws {
        // 0x81 0x20 is no Shift_JIS character.
        #expect {
            try Self.read(Self.page(head: "<meta charset=shift_jis>", body: [0x81, 0x20]))
        } throws: { error in
            "\(error)".contains("not shift_jis as the page declares")
        }
    }
}
