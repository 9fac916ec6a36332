import RDFModel

/// Where a validation result belongs in a file people can open: the data file that states the
/// fact, or the document a fact was extracted from. SHACL itself knows no files; a caller that
/// does (the command line, which reads the export's provenance) supplies a ``ResultLocator``.
public struct ResultLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path, as the renderer should print it (relative paths stay relative).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// The 1-based last line of the region, when known.
    public var endLine: Int?
    /// The 1-based column just past the region on ``endLine``, when known.
    public var endColumn: Int?
    /// What is at the location, for people: `article 000_4ff5…, characters 301–475: "…"`.
    public var note: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, endLine: Int? = nil, endColumn: Int? = nil, note: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.note = note
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var out = file
        if let line {
            out += ":\(line)"
            if let column { out += ":\(column)" }
        }
        return out
    }
}

/// Finds where results belong (possibly several places, most specific first); an empty array
/// when it cannot tell.
public typealias ResultLocator = @Sendable (ValidationResult) -> [ResultLocation]
