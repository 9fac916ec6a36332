internal import CRaptor2
import Dispatch
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

    /// Inputs from this size up are parsed in two parts on two threads when they can be cut
    /// (see ``TurtleCut``); tests lower it.
    nonisolated(unsafe) static var twoPartThreshold = 8 << 20

    static func parseGraph(_ input: RaptorInput, format: RDFFormat, baseIRI: String, strict: Bool = false) throws -> Graph {
        var size: Int?
        if case .file(let path) = input, path != "-" {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { size = Int(info.st_size) }
        }
        if !strict, case .file(let path) = input, let size, size >= twoPartThreshold,
            let graph = try? parseInTwo(path: path, size: size, format: format, baseIRI: baseIRI)
        {
            return graph
        }
        // raptor's URI interning keeps a tree of every URI string (a fifth of its time on a
        // large file); the builder copies the bytes anyway, so it is switched off here.
        let world = try RaptorWorld(uriInterning: false)
        let assembler = GraphAssembler(expectedBytes: size, format: format)
        // Two threads pay off from about a megabyte (and for standard input, of unknown size).
        var worker: GraphBuildThread?
        let builder: RaptorGraphBuilder
        if case .file(let path) = input, path == "-" || (size ?? Int.max) >= 1 << 20 {
            let channel = BatchChannel()
            worker = GraphBuildThread(channels: [channel], assembler: assembler)
            builder = RaptorGraphBuilder(channel: channel, assembler: assembler)
        } else {
            builder = RaptorGraphBuilder(assembler: assembler)
        }
        let reader = try RaptorReader(format: format, world: world) { try builder.add($0) }
        reader.strict = strict
        defer {
            builder.close()
            _ = worker?.join()
        }
        try reader.parse(input, baseIRI: baseIRI)
        builder.close()
        return worker?.join() ?? assembler.take()
    }

    /// Parses a large file as two parts at once (raptor on two threads, a third interning both
    /// in order). - Returns: `nil` when the file cannot be cut, or when a part fails or the
    /// first part's prefixes are not those replayed before the second: the caller then parses
    /// the file whole (and reports its errors as usual).
    static func parseInTwo(path: String, size: Int, format: RDFFormat, baseIRI: String) throws -> Graph? {
        guard let file = MappedFile(path: path) else { return nil }
        let text = file.bytes
        let found = TurtleCut.find(in: text, format: format)
        MappedFile.release(text)
        guard let cut = found else { return nil }
        let assembler = GraphAssembler(expectedBytes: size, format: format)
        let first = BatchChannel()
        let second = BatchChannel(depth: .max)
        let worker = GraphBuildThread(channels: [first, second], assembler: assembler)
        let secondPart = SecondPart()
        let done = DispatchSemaphore(value: 0)
        let prologue = cut.prologue
        let thread = Thread { [file] in
            let text = file.bytes
            defer { done.signal() }
            let builder = RaptorGraphBuilder(channel: second, assembler: assembler)
            defer { builder.close() }
            do {
                let world = try RaptorWorld(uriInterning: false)
                // Anonymous blank nodes of this part get labels of their own (genidb1, ...).
                world.generatedLabelPrefix = "genidb"
                let reader = try RaptorReader(format: format, world: world) { try builder.add($0) }
                try reader.start(name: path, baseIRI: baseIRI)
                if !prologue.isEmpty { try prologue.withUnsafeBytes { try reader.feed($0, end: false) } }
                try feed(reader, UnsafeRawBufferPointer(rebasing: text[cut.offset...]))
            } catch {
                secondPart.failed = true
            }
        }
        thread.start()
        var declared: [String: String] = [:]
        var firstFailed = false
        do {
            let builder = RaptorGraphBuilder(channel: first, assembler: assembler)
            defer { builder.close() }
            let world = try RaptorWorld(uriInterning: false)
            let reader = try RaptorReader(format: format, world: world) { try builder.add($0) }
            reader.onNamespace = { namespace in
                let prefix = raptor_namespace_get_prefix(namespace).map { String(cString: $0) } ?? ""
                let uri = raptor_namespace_get_uri(namespace).map { String(cString: raptor_uri_as_string($0)) } ?? ""
                declared[prefix] = uri
            }
            try reader.start(name: path, baseIRI: baseIRI)
            try feed(reader, UnsafeRawBufferPointer(rebasing: text[..<cut.offset]))
        } catch {
            firstFailed = true
        }
        done.wait()
        let graph = worker.join()
        guard !firstFailed, !secondPart.failed, declared == cut.prefixes else { return nil }
        return graph
    }

    /// Feeds a part to a started reader in chunks, the last one marked as the end.
    /// Pages read are handed back as the parse goes (the mapping would otherwise keep the whole
    /// file resident: 144 MB for a million triples of N-Triples).
    private static func feed(_ reader: RaptorReader, _ part: UnsafeRawBufferPointer) throws {
        var at = 0
        repeat {
            let end = min(part.count, at + RaptorReader.chunkSize)
            let chunk = UnsafeRawBufferPointer(rebasing: part[at..<end])
            try reader.feed(chunk, end: end == part.count)
            MappedFile.release(chunk)
            at = end
        } while at < part.count
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

/// Whether the second part of a two-part parse failed (set by its thread, read after it ends).
private final class SecondPart: @unchecked Sendable {
    var failed = false
}

/// A file mapped read-only into memory.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        _ = madvise(address, size, MADV_SEQUENTIAL)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

    /// Drops the whole pages inside `range` from the process's memory (they are read again from
    /// the file if touched again).
    static func release(_ range: UnsafeRawBufferPointer) {
        guard let start = range.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (Int(bitPattern: start) + page - 1) / page * page
        let last = (Int(bitPattern: start) + range.count) / page * page
        guard last > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(address, last - first, MADV_DONTNEED)
    }
}
