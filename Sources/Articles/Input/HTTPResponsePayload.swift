/// The HTTP response a WARC `response` record holds (RFC 9112): status, header fields and the
/// payload, with `Transfer-Encoding: chunked` undone and `Content-Encoding: gzip`/`deflate`
/// decompressed, so that the payload is the page as the server meant it.
///
/// Crawlers differ: some keep the bytes as they came over the wire (chunks and gzip included),
/// others (Common Crawl) store the decoded payload and rename the fields (`X-Crawler-Transfer-Encoding`);
/// both read the same here.
struct HTTPResponsePayload: Sendable {
    /// The status code (200, 301, 404 …).
    var status: Int
    /// The header fields in order.
    var fields: [(name: String, value: String)]
    /// The header's end in the block: where the (still encoded) body starts.
    var bodyStart: Int

    /// The first field of that name, compared without case.
    subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name.lowercased() == key }?.value
    }

    /// The media type of `Content-Type`, lower case, without parameters (`text/html`).
    var mediaType: String? {
        self["Content-Type"].map { $0.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingSpaces.lowercased() } ?? "" }
    }

    /// Whether the payload is a page to read: a 2xx status and an HTML media type (or none,
    /// when the body starts like HTML).
    func isHTMLPage(body head: ArraySlice<UInt8>) -> Bool {
        guard (200..<300).contains(status) else { return false }
        if let mediaType, !mediaType.isEmpty { return Self.htmlMediaTypes.contains(mediaType) }
        let start = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        return start.contains("<html") || start.contains("<!doctype html")
    }

    /// The media types read as HTML pages.
    static let htmlMediaTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// Why the record is not a page, for the summary of what a WARC file held ("status 404",
    /// "image/jpeg").
    func kind(body head: ArraySlice<UInt8>) -> String {
        if !(200..<300).contains(status) { return "status \(status)" }
        return mediaType.flatMap { $0.isEmpty ? nil : $0 } ?? "no Content-Type"
    }

    /// Parses the status line and header fields at the start of `block`.
    /// - Returns: `nil` when the block does not start with an HTTP/1.x status line and a complete header.
    static func parseHeader(_ block: ArraySlice<UInt8>) -> HTTPResponsePayload? {
        guard block.starts(with: Array("HTTP/".utf8)), let ends = HeaderLines.end(in: block) else { return nil }
        let (headerEnd, bodyStart) = ends
        let lines = HeaderLines.split(block[block.startIndex..<headerEnd])
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]), (100...999).contains(status) else { return nil }
        var fields: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingSpaces
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((String(line[..<colon]).trimmingSpaces, String(line[line.index(after: colon)...]).trimmingSpaces))
            }
        }
        return HTTPResponsePayload(status: status, fields: fields, bodyStart: bodyStart - block.startIndex)
    }

    /// The payload of `block` (whose header this is): de-chunked and decompressed.
    /// - Returns: the bytes, or why they cannot be read.
    func payload(of block: ArraySlice<UInt8>, limit: Int) -> Result<[UInt8], PayloadProblem> {
        var body = Array(block[(block.startIndex + bodyStart)...])
        let transfer = (self["Transfer-Encoding"] ?? "").lowercased()
        if transfer.contains("chunked") {
            switch Self.dechunk(body) {
            case .success(let bytes): body = bytes
            case .failure(let problem): return .failure(problem)
            }
        }
        let encodings = (self["Content-Encoding"] ?? "").lowercased().split(separator: ",").map { $0.trimmingSpaces }
        for encoding in encodings.reversed() where !encoding.isEmpty && encoding != "identity" {
            let zlib: Bool
            switch encoding {
            case "gzip", "x-gzip": zlib = false
            case "deflate": zlib = true
            default:
                return .failure(PayloadProblem("Content-Encoding \"\(encoding)\" is not supported (gzip, deflate and identity are)"))
            }
            // Common Crawl stores decoded payloads but may keep the field: decode only what is encoded.
            let looksEncoded = zlib ? body.first.map { $0 & 0x0F == 8 } ?? false : body.starts(with: [0x1F, 0x8B])
            guard looksEncoded else { continue }
            switch GzipReader.decompress(body, zlib: zlib, limit: limit) {
            case .success(let bytes): body = bytes
            case .failure(.tooLarge): return .failure(PayloadProblem("the \(encoding) payload decompresses to more than \(limit) bytes"))
            case .failure(.corrupt(let reason)): return .failure(PayloadProblem("Content-Encoding \(encoding): \(reason)"))
            }
        }
        return .success(body)
    }

    /// Undoes chunked transfer coding (RFC 9112 §7.1): `size[;ext] CRLF data CRLF` … `0 CRLF`
    /// trailers `CRLF`.
    static func dechunk(_ body: [UInt8]) -> Result<[UInt8], PayloadProblem> {
        var out: [UInt8] = []
        var index = 0
        while true {
            guard let lf = body[index...].firstIndex(of: 0x0A) else {
                return .failure(PayloadProblem("chunked body: no chunk-size line at byte \(index) of the body"))
            }
            let line = String(decoding: body[index..<lf], as: UTF8.self)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces.trimmingCharacters("\r") } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                return .failure(PayloadProblem("chunked body: \"\(line.escapedForMessage)\" at byte \(index) of the body is not a chunk size"))
            }
            index = lf + 1
            if size == 0 { return .success(out) }  // trailers, if any, are not payload
            guard index + size <= body.count else {
                return .failure(PayloadProblem("chunked body: a chunk of \(size) bytes at byte \(index) of the body goes past its end"))
            }
            out += body[index..<(index + size)]
            index += size
            if index < body.count && body[index] == 0x0D { index += 1 }
            if index < body.count && body[index] == 0x0A { index += 1 }
        }
    }

    /// What is wrong with a payload.
    struct PayloadProblem: Error, Hashable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

extension String {
    fileprivate func trimmingCharacters(_ character: Character) -> String {
        var text = Substring(self)
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
