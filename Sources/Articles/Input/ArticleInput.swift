/// One article to read: a file (plain text or an HTML page, either one maybe gzip-compressed)
/// or one `response` record of a WARC file. ``ArticleInputs/collect(_:)`` finds them under the
/// paths a user gives; ``ArticleReader/read(_:)`` reads one.
public struct ArticleInput: Hashable, Sendable, Comparable {
    /// The input as messages name it: the path as found (`news/page.html.gz`), and for a WARC
    /// record the file's path and the record's offset (`crawl.warc.gz#1234`).
    public let path: String
    /// The path below the folder given on the command line (the file name for a file given
    /// directly), with `#` and the record's zero-padded offset for a WARC record: the order of
    /// the inputs and what `--shard` hashes, so every machine splits them the same way.
    public let relativePath: String
    /// The article's identifier: the file name without its extensions (`page` for
    /// `page.html.gz`), or the WARC record's `WARC-Record-ID` made a name (its UUID).
    public let identifier: String
    /// Where its bytes are.
    public let origin: Origin

    /// Where an input's bytes are.
    public enum Origin: Hashable, Sendable {
        /// A file: the bytes of its path (a name need not be UTF-8), its format and whether it is gzip-compressed.
        case file(path: [UInt8], format: ArticleFormat, gzipped: Bool)
        /// A response record of a WARC file.
        case warcRecord(WARCRecordReference)
    }

    public init(path: String, relativePath: String, identifier: String, origin: Origin) {
        self.path = path
        self.relativePath = relativePath
        self.identifier = identifier
        self.origin = origin
    }

    /// The input for a file path given as text, typed by its name (`nil` for a name of no
    /// supported type, or for a WARC file, which holds many articles).
    public init?(file path: String, relativePath: String) {
        guard case .article(let format, let gzipped)? = InputFileType(name: path) else { return nil }
        self.init(
            path: path, relativePath: relativePath, identifier: InputFileType.stem(path),
            origin: .file(path: Array(path.utf8), format: format, gzipped: gzipped))
    }

    public static func < (a: ArticleInput, b: ArticleInput) -> Bool { (a.relativePath, a.path) < (b.relativePath, b.path) }
}

/// What an article file holds.
public enum ArticleFormat: String, Hashable, Sendable {
    /// Plain text laid out as the seeds are (`.txt`, `.text`).
    case text
    /// A saved web page (`.html`, `.htm`, `.xhtml`).
    case html
}

/// One article in a WARC file: the file, where the record starts, and what its header says.
public struct WARCRecordReference: Hashable, Sendable {
    /// The bytes of the WARC file's path.
    public var file: [UInt8]
    /// Whether the file is gzip-compressed (`.warc.gz`).
    public var gzipped: Bool
    /// Where the record starts.
    public var location: WARCRecordLocation
    /// `WARC-Record-ID`, checked when the record is read again.
    public var recordID: String
    /// `WARC-Target-URI`: the page's URL.
    public var targetURI: String?
    /// `WARC-Date`'s day: when the page was captured, the date an article without one of its own gets.
    public var captureDate: CalendarDate?
}
