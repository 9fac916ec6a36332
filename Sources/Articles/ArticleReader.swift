import Foundation

/// Reads article files: `.txt` in the seed layout and saved `.html` pages, either one also
/// gzip-compressed (`page.html.gz`), and the HTML pages of WARC files (see ``ArticleInputs``).
///
/// The reader never crashes on bad input: it throws ``ArticleError`` saying what is wrong
/// and where (unreadable, not UTF-8 with the byte offset, empty, binary, too large, mostly not text).
/// It does no network access and resolves no external entities.
public struct ArticleReader: Sendable {
    /// The largest file accepted, in bytes (default 5 MB).
    public var maximumBytes: Int

    public init(maximumBytes: Int = 5 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// File extensions the reader accepts (lower case, without the dot).
    public static let supportedExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]

    /// Reads one article from a file; the identifier is the file name without extension.
    /// - Throws: ``ArticleError``.
    public func read(path: String) throws -> Article {
        if path.lowercased().hasSuffix(".gz"), let input = ArticleInput(file: path, relativePath: path) { return try read(input) }
        let (identifier, ext) = Self.nameParts(path)
        guard Self.supportedExtensions.contains(ext) else {
            throw ArticleError.unsupportedFormat(path: path, fileExtension: ext)
        }
        // One open, one fstat, reads into one buffer (FileManager's attribute dictionaries cost
        // more than the read itself for a page of text).
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw ArticleError.unreadable(path: path, reason: reason)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw ArticleError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ArticleError.unreadable(path: path, reason: "is a directory") }
        let size = Int(info.st_size)
        if size > maximumBytes { throw ArticleError.tooLarge(path: path, bytes: size, limit: maximumBytes) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 1)
        // A chunk the size of the file (and at least a page): one read for most articles.
        var chunk = [UInt8](repeating: 0, count: Swift.min(1 << 16, Swift.max(size + 1, 4096)))
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ArticleError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            // A file that grew past the limit while read (or a device without a size).
            if bytes.count > maximumBytes { throw ArticleError.tooLarge(path: path, bytes: bytes.count, limit: maximumBytes) }
        }
        return try read(bytes: bytes, identifier: identifier, path: path, isHTML: ext != "txt" && ext != "text")
    }

    /// Reads one input: a file (decompressed when gzipped) or a WARC record, whose HTTP payload
    /// is de-chunked and decompressed; a page read from a WARC record gets the record's
    /// `WARC-Target-URI` as its URL and its capture date as its date when it names none itself.
    /// - Throws: ``ArticleError``, ``InputError``.
    public func read(_ input: ArticleInput) throws -> Article {
        switch input.origin {
        case .file(let bytes, let format, let gzipped):
            let file = try InputFile(bytes: bytes, shownAs: input.path)
            if !gzipped, file.size > maximumBytes { throw ArticleError.tooLarge(path: input.path, bytes: file.size, limit: maximumBytes) }
            let content = gzipped ? try GzipReader(file: file).readAll(limit: maximumBytes) : try file.readAll(limit: maximumBytes)
            return try read(bytes: content, identifier: input.identifier, path: input.path, isHTML: format == .html)
        case .warcRecord(let reference):
            let file = try InputFile(bytes: reference.file, shownAs: input.path)
            let reader = try WARCReader(file: file, compressed: reference.gzipped, at: reference.location)
            // The block holds the HTTP header too: allow it 64 KiB beyond the page's limit.
            guard let record = try reader.next(blockPrefix: maximumBytes + ArticleInputs.httpHeaderLimit) else {
                throw InputError.malformedWARC(path: input.path, byteOffset: reference.location.offset, reason: "no record there (the file changed?)")
            }
            guard (record.header.recordID ?? "") == reference.recordID else {
                throw InputError.malformedWARC(
                    path: input.path, byteOffset: reference.location.offset,
                    reason: "the record there is \(record.header.recordID ?? "without WARC-Record-ID"), not \(reference.recordID) (the file changed?)")
            }
            guard record.isComplete else {
                throw ArticleError.tooLarge(path: input.path, bytes: record.header.contentLength ?? 0, limit: maximumBytes)
            }
            guard let http = HTTPResponsePayload.parseHeader(record.block[...]) else {
                throw InputError.malformedHTTP(path: input.path, reason: "the record's block does not start with an HTTP/1.x status line and header")
            }
            let body: [UInt8]
            switch http.payload(of: record.block[...], limit: maximumBytes) {
            case .success(let bytes): body = bytes
            case .failure(let problem): throw InputError.malformedHTTP(path: input.path, reason: problem.reason)
            }
            var article = try read(bytes: body, identifier: input.identifier, path: input.path, isHTML: true)
            if article.url == nil { article.url = reference.targetURI }
            if article.datePublished == nil { article.datePublished = reference.captureDate }
            return article
        }
    }

    /// The file name without extension and the lower-cased extension of `path`, as Foundation's
    /// `URL(fileURLWithPath:)` gives them (`deletingPathExtension().lastPathComponent`, `pathExtension`).
    /// Plain names ("dir/000_ab12.txt") are split on bytes; anything unusual goes through `URL`
    /// (making a URL costs more than reading a page of text).
    static func nameParts(_ path: String) -> (stem: String, fileExtension: String) {
        let bytes = path.utf8
        if let last = bytes.last, last != UInt8(ascii: "/") {
            let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
            let name = bytes[nameStart...]
            if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex, name.index(after: dot) != name.endIndex {
                var plain = true
                var previous: UInt8 = 0
                for byte in name {
                    let isAlphanumeric = (byte >= 48 && byte <= 57) || ((byte | 32) >= 97 && (byte | 32) <= 122)
                    if !(isAlphanumeric || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."))
                        || (byte == UInt8(ascii: ".") && previous == UInt8(ascii: "."))
                    {
                        plain = false
                        break
                    }
                    previous = byte
                }
                if plain, name.first != UInt8(ascii: ".") {
                    let stem = String(decoding: name[..<dot], as: UTF8.self)
                    let ext = String(decoding: name[name.index(after: dot)...].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                    return (stem, ext)
                }
            }
        }
        let url = URL(fileURLWithPath: path)
        return (url.deletingPathExtension().lastPathComponent, url.pathExtension.lowercased())
    }

    /// Reads one article from bytes in memory.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - identifier: the article's identifier (file stem).
    ///   - path: where it came from, for messages.
    ///   - isHTML: parse as an HTML page instead of plain text.
    /// - Throws: ``ArticleError``.
    public func read(bytes: [UInt8], identifier: String, path: String, isHTML: Bool = false) throws -> Article {
        if bytes.count > maximumBytes { throw ArticleError.tooLarge(path: path, bytes: bytes.count, limit: maximumBytes) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // byte order mark
        // A page in a legacy encoding (<meta charset=windows-1252>, Shift_JIS …) is decoded as it says.
        let decoded = isHTML ? try PageEncoding.utf8(of: body, path: path) : nil
        if let decoded { body = decoded[...] }
        try TextValidation.check(body, path: path)
        let raw = String(decoding: body, as: UTF8.self)
        let article: Article
        if isHTML {
            article = try HTMLArticleParser.parse(raw, identifier: identifier, sourcePath: path)
        } else {
            article = PlainTextArticleParser.parse(raw, identifier: identifier, sourcePath: path)
        }
        guard article.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            throw ArticleError.empty(path: path)
        }
        return article
    }
}
