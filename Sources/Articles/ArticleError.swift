/// Why an input could not be read as an article. Each case says what is wrong and where.
public enum ArticleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The bytes are not UTF-8; `byteOffset` is the first bad byte (0-based).
    case notUTF8(path: String, byteOffset: Int, line: Int)
    /// There is no text in it (empty, or only whitespace or boilerplate).
    case empty(path: String)
    /// It is binary data (a NUL byte or other control characters at `byteOffset`).
    case binary(path: String, byteOffset: Int)
    /// It is larger than the limit for one article.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// Most of it is not text (`share` of the characters are symbols, controls or unassigned).
    case mostlyNonText(path: String, share: Double)
    /// The file's extension is not one the reader knows.
    case unsupportedFormat(path: String, fileExtension: String)
    /// The HTML parser gave up.
    case malformedHTML(path: String, message: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .notUTF8(let path, _, _), .empty(let path), .binary(let path, _),
            .tooLarge(let path, _, _), .mostlyNonText(let path, _), .unsupportedFormat(let path, _),
            .malformedHTML(let path, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the file: \(reason)"
        case .notUTF8(let path, let offset, let line):
            "\(path):\(line): not UTF-8: invalid byte sequence at byte offset \(offset); convert the file to UTF-8"
        case .empty(let path):
            "\(path): empty: the file holds no article text"
        case .binary(let path, let offset):
            "\(path): binary data, not text (control byte at byte offset \(offset))"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): too large for one article: \(bytes) bytes (the limit is \(limit) bytes)"
        case .mostlyNonText(let path, let share):
            "\(path): mostly not text: \(Int((share * 100).rounded()))% of the characters are symbols or controls"
        case .unsupportedFormat(let path, let ext):
            "\(path): unsupported file type \"\(ext)\": expected .txt, .text, .html or .htm"
        case .malformedHTML(let path, let message):
            "\(path): cannot parse HTML: \(message)"
        }
    }
}
