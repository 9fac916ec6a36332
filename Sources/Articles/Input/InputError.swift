/// Why an input file, or a part of one, could not be read: the containers and compression
/// around articles (gzip, WARC, HTTP) and the folders they are found in. Each case says what
/// is wrong and where (the file, and the byte offset in it when there is one).
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Gzip data that does not decompress: not gzip, corrupt, truncated or a bad CRC-32.
    case corruptGzip(path: String, byteOffset: Int, reason: String)
    /// A gzip member that decompresses to more than the reader holds at once.
    case gzipMemberTooLarge(path: String, byteOffset: Int, limit: Int)
    /// A WARC file whose record at `byteOffset` is malformed.
    case malformedWARC(path: String, byteOffset: Int, reason: String)
    /// The HTTP response in a WARC record cannot be read (status line, chunks, encoding).
    case malformedHTTP(path: String, reason: String)
    /// A folder that cannot be listed.
    case unlistableFolder(path: String, reason: String)
    /// A file or folder whose type the reader does not take.
    case unsupportedInput(path: String, reason: String)
    /// A path given that does not exist.
    case noSuchInput(path: String)
    /// A WARC file without one response record holding an HTML page.
    case noPageInWARC(path: String, records: Int, summary: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .corruptGzip(let path, _, _), .gzipMemberTooLarge(let path, _, _), .malformedWARC(let path, _, _),
            .malformedHTTP(let path, _), .unlistableFolder(let path, _), .unsupportedInput(let path, _),
            .noSuchInput(let path), .noPageInWARC(let path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .corruptGzip(let path, let offset, let reason):
            "\(path): corrupt gzip data at byte \(offset): \(reason)"
        case .gzipMemberTooLarge(let path, let offset, let limit):
            "\(path): the gzip member at byte \(offset) decompresses to more than \(limit) bytes; "
                + "compress WARC files record by record (as Common Crawl and warcio do) or decompress the file first"
        case .malformedWARC(let path, let offset, let reason):
            "\(path): malformed WARC record at byte \(offset): \(reason)"
        case .malformedHTTP(let path, let reason):
            "\(path): cannot read the HTTP response: \(reason)"
        case .unlistableFolder(let path, let reason):
            "\(path): cannot list the folder: \(reason)"
        case .unsupportedInput(let path, let reason):
            "\(path): \(reason)"
        case .noSuchInput(let path):
            "\(path): no such file or folder"
        case .noPageInWARC(let path, let records, let summary):
            "\(path): no HTML page in the WARC file (\(records) record(s): \(summary)); "
                + "articles are the response records whose HTTP payload is text/html or application/xhtml+xml"
        }
    }
}
