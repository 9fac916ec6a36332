import Foundation

/// Where in an input a problem was found: a file (or `-` for standard input, `<string>` for
/// text in memory), a 1-based line and an optional column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path, `-` for standard input, `<string>` for a string.
    public var file: String
    /// The 1-based line, or `nil` when the reader did not know it.
    public var line: Int?
    /// The 1-based column, or `nil` when the reader did not know it (raptor reports -1 for some errors).
    public var column: Int?
    /// The 0-based byte offset in the input, when known (set for encoding errors).
    public var byteOffset: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `path:line:column`, leaving out what is unknown.
    public var description: String {
        var out = file
        if let line {
            out += ":\(line)"
            if let column { out += ":\(column)" }
        }
        return out
    }
}

/// A problem reading or writing RDF: a syntax error (with raptor's message), input that is not
/// UTF-8, a file that cannot be opened, or a graph that a format cannot hold.
///
/// Printed as `path:line:column: message`, so editors and CI annotate the right line.
public struct RDFSyntaxError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// What went wrong, in broad strokes.
    public enum Code: String, Sendable {
        /// The input breaks the syntax (raptor's parser said so).
        case syntax
        /// The input is not valid UTF-8.
        case encoding
        /// A file could not be read or written.
        case io
        /// The format cannot be used this way (e.g. reading Graphviz dot).
        case unsupportedFormat
        /// The graph cannot be written in the format without changing it, even after repairs.
        case unrepresentable
        /// A written file did not read back as the graph that was written.
        case verification
    }

    /// What went wrong, in broad strokes.
    public var code: Code
    /// What is wrong, quoting the bad value (and keeping raptor's own text).
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?
    /// How many statements were read before the problem (0 when unknown or none).
    public var statementCount: Int

    public init(_ code: Code, _ message: String, location: SourceLocation? = nil, statementCount: Int = 0) {
        self.code = code
        self.message = message
        self.location = location
        self.statementCount = statementCount
    }

    /// `path:line:column: message`, one line.
    public var description: String {
        let flat = message.replacingOccurrences(of: "\n", with: " ")
        guard let location else { return flat }
        return "\(location): \(flat)"
    }

    public var errorDescription: String? { description }
}
