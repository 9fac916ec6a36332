import Foundation

/// Pages in legacy encodings (`<meta charset=windows-1252>`, ISO-8859-x, Shift_JIS, EUC-KR, KOI8-R …),
/// decoded as their header says into UTF-8 before they are read (with the C library's iconv).
///
/// Bytes that are valid UTF-8 stay as they are, whatever the page declares (pages mislabelled
/// ISO-8859-1 are far more common than Latin-1 text that happens to be valid UTF-8). Otherwise the
/// encoding is the one `<meta charset>` or `<meta http-equiv=Content-Type content="…; charset=…">`
/// names in the first 4 KiB, as the HTML standard reads it (ISO-8859-1 and US-ASCII mean
/// windows-1252), and windows-1252 when the page names none.
enum PageEncoding {
    /// How far into the page the declaration is looked for (the HTML standard's pre-scan reads 1024 bytes;
    /// real pages put long scripts first).
    static let prescanLength = 4096

    /// The page's bytes as UTF-8, or nil when they are UTF-8 already.
    /// - Throws: ``ArticleError/malformedHTML(path:message:)`` when the declared encoding is unknown
    ///   or the bytes are not in it (with the byte offset).
    static func utf8(of bytes: ArraySlice<UInt8>, path: String) throws -> [UInt8]? {
        if bytes.isEmpty || String(validating: bytes, as: UTF8.self) != nil { return nil }
        var name = declaredCharset(bytes) ?? "windows-1252"
        if ["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252"].contains(name) { name = "windows-1252" }
        if name == "utf-8" || name == "utf8" { return nil }  // invalid UTF-8 labelled UTF-8: the UTF-8 check says where
        return try convert(bytes, from: name, path: path)
    }

    /// The charset named by a `<meta>` in the first ``prescanLength`` bytes, lower-cased.
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = bytes.prefix(prescanLength).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < head.count {
            guard head[index..<(index + needle.count)].elementsEqual(needle) else { index += 1; continue }
            var k = index + needle.count
            while k < head.count, head[k] == 0x20 { k += 1 }
            guard k < head.count, head[k] == UInt8(ascii: "=") else { index += 1; continue }
            k += 1
            while k < head.count, head[k] == 0x20 || head[k] == UInt8(ascii: "\"") || head[k] == UInt8(ascii: "'") { k += 1 }
            var name: [UInt8] = []
            while k < head.count, name.count < 40 {
                let c = head[k]
                let isNameByte = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
                guard isNameByte else { break }
                name.append(c)
                k += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            index = k
        }
        return nil
    }

    /// Converts with iconv; the whole input or an error saying where it stopped.
    private static func convert(_ bytes: ArraySlice<UInt8>, from name: String, path: String) throws -> [UInt8] {
        let descriptor = iconv_open("UTF-8", name)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw ArticleError.malformedHTML(path: path, message: "unknown character encoding \"\(name)\" declared in the page")
        }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let total = input.count
        let (left, produced): (Int, Int) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                _ = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (inLeft, outBuffer.count - outLeft)
            }
        }
        guard left == 0 else {
            throw ArticleError.malformedHTML(
                path: path, message: "not \(name) as the page declares: invalid byte sequence at byte offset \(total - left)")
        }
        return Array(output[0..<produced])
    }
}
