/// The header of one WARC record (ISO 28500, WARC/1.0 and 1.1): its named fields, of which
/// the reader uses `WARC-Type`, `WARC-Record-ID`, `WARC-Target-URI`, `WARC-Date`,
/// `Content-Type` and `Content-Length` (the length of the block that follows the header).
struct WARCRecordHeader: Hashable, Sendable {
    /// `WARC/1.0`, `WARC/1.1`.
    var version: String
    /// The fields in order, names as written.
    var fields: [(name: String, value: String)]

    static func == (a: WARCRecordHeader, b: WARCRecordHeader) -> Bool {
        a.version == b.version && a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(version)
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// The first field of that name (compared without case, as WARC field names are).
    subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name.lowercased() == key }?.value
    }

    /// `response`, `request`, `metadata`, `warcinfo`, `resource`, `revisit`, `conversion` …
    var type: String { self["WARC-Type"]?.lowercased() ?? "" }
    /// `WARC-Record-ID`, such as `<urn:uuid:…>`.
    var recordID: String? { self["WARC-Record-ID"] }
    /// `WARC-Target-URI`: the URL the record's content came from.
    var targetURI: String? { self["WARC-Target-URI"].map(Self.withoutAngleBrackets) }
    /// `WARC-Date`: when the content was captured (`2024-03-05T12:34:56Z`).
    var date: String? { self["WARC-Date"] }
    /// `Content-Length`: the bytes of the block after the header.
    var contentLength: Int? { self["Content-Length"].flatMap { Int($0.trimmingSpaces) } }

    /// The capture date as a calendar date, from `WARC-Date`.
    var captureDate: CalendarDate? {
        guard let date, date.utf8.count >= 10 else { return nil }
        return CalendarDate(iso: date.prefix(10))
    }

    /// WARC 1.0 wrote `WARC-Target-URI: <http://…>` in some tools; the URI is what is inside.
    private static func withoutAngleBrackets(_ text: String) -> String {
        text.hasPrefix("<") && text.hasSuffix(">") ? String(text.dropFirst().dropLast()) : text
    }

    /// Parses the header from its bytes, the version line to the last field line (without the
    /// blank line that ends it). Lines end in CRLF (a bare LF is taken too); a line that starts
    /// with a space or tab continues the field before it.
    /// - Returns: the header, or what is wrong with it.
    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<WARCRecordHeader, HeaderProblem> {
        var lines = HeaderLines.split(bytes)
        guard let first = lines.first, first.hasPrefix("WARC/") else {
            let start = String(decoding: bytes.prefix(20), as: UTF8.self)
            return .failure(HeaderProblem("expected a WARC version line such as \"WARC/1.1\", found \"\(start.escapedForMessage)\""))
        }
        lines.removeFirst()
        var fields: [(name: String, value: String)] = []
        for line in lines {
            if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingSpaces
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
                return .failure(HeaderProblem("not a \"Name: value\" field line: \"\(line.escapedForMessage)\""))
            }
            fields.append((String(line[..<colon]).trimmingSpaces, String(line[line.index(after: colon)...]).trimmingSpaces))
        }
        let header = WARCRecordHeader(version: first.trimmingSpaces, fields: fields)
        guard header.contentLength != nil else {
            return .failure(HeaderProblem("no Content-Length field (or not a number)"))
        }
        return .success(header)
    }

    /// What is wrong with a header.
    struct HeaderProblem: Error, Hashable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

/// Header lines as HTTP and WARC write them.
enum HeaderLines {
    /// Splits at CRLF or LF; bytes that are not UTF-8 are replaced (header values are ASCII).
    static func split(_ bytes: ArraySlice<UInt8>) -> [String] {
        var lines: [String] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x0A {
                var end = index
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex {
            var end = bytes.endIndex
            if bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return lines
    }

    /// The index just past the blank line that ends a header starting at `bytes.startIndex`
    /// (CRLF CRLF, or LF LF), and the end of the header's last line; `nil` when not in `bytes`.
    static func end(in bytes: ArraySlice<UInt8>) -> (headerEnd: Int, bodyStart: Int)? {
        var index = bytes.startIndex
        while let lf = bytes[index...].firstIndex(of: 0x0A) {
            let next = lf + 1
            if next < bytes.endIndex && bytes[next] == 0x0A { return (lf, next + 1) }
            if next + 1 < bytes.endIndex && bytes[next] == 0x0D && bytes[next + 1] == 0x0A { return (lf, next + 2) }
            if next == bytes.endIndex { return nil }
            index = next
        }
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let text = String(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = text.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(text[first...last])
    }

    /// At most 60 characters, control characters shown as `\u{…}`, for quoting in a message.
    var escapedForMessage: String {
        var out = ""
        for scalar in unicodeScalars.prefix(60) {
            out += scalar.value < 0x20 || scalar.value == 0x7F ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return out
    }
}
