import Foundation
import RDFModel

/// Reads RDF in any syntax raptor knows (Turtle, N-Triples, N-Quads, RDF/XML, TriG) into a
/// ``Graph``, a ``Dataset``, or a stream of ``Quad``s.
///
/// Parsing never touches the network or any file other than the input (raptor's no-network and
/// no-file options are set, external XML entities stay unloaded), input that is not UTF-8 is
/// refused with its byte offset, and the first syntax error stops the parse with an
/// ``RDFSyntaxError`` that carries `path:line:column`, raptor's message and the number of
/// statements read so far.
///
/// Relative IRIs resolve against `baseIRI`; without one, a file's own `file:` URL is the base,
/// and standard input and strings use ``defaultBaseIRI``.
///
/// ```swift
/// let graph = try RDFParser.parse(file: "output/communique.ttl")
/// let count = try RDFParser.stream(file: "-", format: .ntriples) { quad in print(quad) }
/// ```
public enum RDFParser {
    /// The base IRI for standard input and strings when none is given.
    public static let defaultBaseIRI = "urn:x-communique:input"

    /// Reads a file (`-` for standard input) into a graph; the graph names of quads are dropped.
    ///
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - format: the syntax; from the file's extension when `nil`.
    ///   - baseIRI: the IRI relative references resolve against.
    /// - Throws: ``RDFSyntaxError``.
    /// - Complexity: O(n) in the input, with one dictionary lookup per new term.
    public static func parse(file path: String, format: RDFFormat? = nil, baseIRI: String? = nil) throws -> Graph {
        try parseGraph(.file(path), format: resolve(format, path: path), baseIRI: baseIRI ?? defaultBase(path))
    }

    /// Reads a string into a graph; the graph names of quads are dropped. - Throws: ``RDFSyntaxError``.
    public static func parse(string: String, format: RDFFormat, baseIRI: String? = nil) throws -> Graph {
        try parseGraph(.bytes(Array(string.utf8)), format: format, baseIRI: baseIRI ?? defaultBaseIRI)
    }

    /// Reads bytes (which must be UTF-8) into a graph. - Throws: ``RDFSyntaxError``.
    public static func parse(data: Data, format: RDFFormat, baseIRI: String? = nil) throws -> Graph {
        try parseGraph(.bytes(Array(data)), format: format, baseIRI: baseIRI ?? defaultBaseIRI)
    }

    /// Reads a file (`-` for standard input) into a dataset, keeping graph names. - Throws: ``RDFSyntaxError``.
    public static func parseDataset(file path: String, format: RDFFormat? = nil, baseIRI: String? = nil) throws -> Dataset {
        try parseDataset(.file(path), format: resolve(format, path: path), baseIRI: baseIRI ?? defaultBase(path))
    }

    /// Reads a string into a dataset, keeping graph names. - Throws: ``RDFSyntaxError``.
    public static func parseDataset(string: String, format: RDFFormat, baseIRI: String? = nil) throws -> Dataset {
        try parseDataset(.bytes(Array(string.utf8)), format: format, baseIRI: baseIRI ?? defaultBaseIRI)
    }

    /// Reads a file (`-` for standard input) statement by statement, for inputs too big to hold.
    ///
    /// - Parameter handler: called with each statement, in document order; throwing stops the
    ///   parse and the error is rethrown.
    /// - Returns: the number of statements read.
    /// - Throws: ``RDFSyntaxError`` or the handler's error.
    @discardableResult
    public static func stream(
        file path: String, format: RDFFormat? = nil, baseIRI: String? = nil, _ handler: (Quad) throws -> Void
    ) throws -> Int {
        try streamQuads(.file(path), format: resolve(format, path: path), baseIRI: baseIRI ?? defaultBase(path), handler)
    }

    /// Reads a string statement by statement. - Returns: the number of statements. - Throws: ``RDFSyntaxError``.
    @discardableResult
    public static func stream(
        string: String, format: RDFFormat, baseIRI: String? = nil, _ handler: (Quad) throws -> Void
    ) throws -> Int {
        try streamQuads(.bytes(Array(string.utf8)), format: format, baseIRI: baseIRI ?? defaultBaseIRI, handler)
    }

    // MARK: Shared

    /// The format given, or the one the path's extension names.
    static func resolve(_ format: RDFFormat?, path: String) throws -> RDFFormat {
        if let format { return format }
        if path == "-" {
            throw RDFSyntaxError(.unsupportedFormat, "cannot tell the syntax of standard input: name it (turtle, ntriples, nquads, rdfxml, trig)")
        }
        guard let format = RDFFormat(path: path) else {
            throw RDFSyntaxError(
                .unsupportedFormat,
                "cannot tell the syntax from the file name: use an extension .ttl, .nt, .nq, .rdf, .trig or name the format",
                location: SourceLocation(file: path))
        }
        return format
    }

    /// The default base IRI of an input: a file's `file:` URL, or ``defaultBaseIRI`` for standard input.
    static func defaultBase(_ path: String) -> String {
        if path == "-" { return defaultBaseIRI }
        return URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }

    static func parseGraph(_ input: RaptorInput, format: RDFFormat, baseIRI: String, strict: Bool = false) throws -> Graph {
        // raptor's URI interning keeps a tree of every URI string (a fifth of its time on a
        // large file); the builder copies the bytes anyway, so it is switched off here.
        let world = try RaptorWorld(uriInterning: false)
        var size: Int?
        if case .file(let path) = input, path != "-" {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { size = Int(info.st_size) }
        }
        // Two threads pay off from about a megabyte (and for standard input, of unknown size).
        let threaded: Bool
        if case .file(let path) = input { threaded = path == "-" || (size ?? Int.max) >= 1 << 20 } else { threaded = false }
        let builder = RaptorGraphBuilder(threaded: threaded, expectedBytes: size)
        let reader = try RaptorReader(format: format, world: world) { try builder.add($0) }
        reader.strict = strict
        do {
            try reader.parse(input, baseIRI: baseIRI)
        } catch {
            _ = builder.finish()
            throw error
        }
        return builder.finish()
    }

    static func parseDataset(_ input: RaptorInput, format: RDFFormat, baseIRI: String, strict: Bool = false) throws -> Dataset {
        var dataset = Dataset()
        _ = try streamQuads(input, format: format, baseIRI: baseIRI, strict: strict) { dataset.insert($0) }
        return dataset
    }

    static func streamQuads(
        _ input: RaptorInput, format: RDFFormat, baseIRI: String, strict: Bool = false, _ handler: (Quad) throws -> Void
    ) throws -> Int {
        try withoutActuallyEscaping(handler) { handler in
            let world = try RaptorWorld()
            let terms = RaptorTermReader(world: world)
            let reader = try RaptorReader(format: format, world: world) { statement in
                if let quad = try terms.quad(statement) { try handler(quad) }
            }
            reader.strict = strict
            return try reader.parse(input, baseIRI: baseIRI)
        }
    }
}
