internal import CRaptor2
import Foundation

/// Where the bytes of a parse come from.
enum RaptorInput {
    /// A file; `-` is standard input.
    case file(String)
    /// Bytes in memory (a string's UTF-8).
    case bytes([UInt8])

    /// How error messages name the input.
    var displayName: String {
        switch self {
        case .file(let path): path
        case .bytes: "<string>"
        }
    }
}

/// One raptor parser run: feeds the input to raptor in chunks, checking UTF-8 first, and calls
/// the statement handler with each statement (shared by raptor: copy what you keep).
///
/// Parsing never reaches beyond its input: raptor's no-network and no-file options are set,
/// external XML entities are not loaded, and the first error stops the parse.
final class RaptorReader {
    typealias StatementHandler = (UnsafeMutablePointer<raptor_statement>) throws -> Void

    let world: RaptorWorld
    let format: RDFFormat
    private let parser: OpaquePointer
    private let handler: StatementHandler
    private var handlerError: (any Error)?
    private var aborted = false
    /// Statements delivered so far.
    private(set) var count = 0
    /// Treat raptor's warnings as errors (used by the W3C negative tests).
    var strict = false

    static let chunkSize = 1 << 16

    init(format: RDFFormat, world: RaptorWorld? = nil, handler: @escaping StatementHandler) throws {
        guard let name = format.raptorParserName else {
            throw RDFSyntaxError(.unsupportedFormat, "cannot read \(format.displayName): it is an output-only format")
        }
        let world = try world ?? RaptorWorld()
        guard let parser = raptor_new_parser(world.pointer, name) else {
            throw RDFSyntaxError(.unsupportedFormat, "raptor has no \(format.displayName) parser ('\(name)')")
        }
        self.world = world
        self.format = format
        self.parser = parser
        self.handler = handler
        // Never leave the input: no network, no other files, no external XML entities.
        raptor_parser_set_option(parser, RAPTOR_OPTION_NO_NET, nil, 1)
        raptor_parser_set_option(parser, RAPTOR_OPTION_NO_FILE, nil, 1)
        raptor_parser_set_option(parser, RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES, nil, 0)
        // Language tags are lower-cased (raptor's default, and what its N-Triples reader always
        // does), so a literal reads the same from every syntax; RDF 1.1 compares tags case-insensitively.
        raptor_parser_set_option(parser, RAPTOR_OPTION_NORMALIZE_LANGUAGE, nil, 1)
        raptor_parser_set_statement_handler(parser, Unmanaged.passUnretained(self).toOpaque(), raptorStatementHandler)
    }

    /// Called with each namespace the input declares (`@prefix`, `xmlns:`), as (prefix, IRI).
    var onNamespace: ((OpaquePointer) -> Void)? {
        didSet {
            if onNamespace != nil {
                raptor_parser_set_namespace_handler(parser, Unmanaged.passUnretained(self).toOpaque(), raptorNamespaceHandler)
            }
        }
    }

    fileprivate func receive(namespace: OpaquePointer) { onNamespace?(namespace) }

    deinit {
        world.onError = nil
        raptor_free_parser(parser)
        if let base { raptor_free_uri(base) }
    }

    fileprivate func receive(_ statement: UnsafeMutablePointer<raptor_statement>) {
        guard !aborted else { return }
        do {
            try handler(statement)
            count += 1
        } catch var error as RDFSyntaxError where error.location == nil {
            // A problem found in a statement's terms: place it where raptor is.
            if let locator = raptor_parser_get_locator(parser) {
                let line = Int(locator.pointee.line), column = Int(locator.pointee.column)
                error.location = SourceLocation(file: inputName, line: line > 0 ? line : nil, column: column >= 0 ? column : nil)
            }
            error.statementCount = count
            handlerError = error
            abort()
        } catch {
            handlerError = error
            abort()
        }
    }

    private func abort() {
        aborted = true
        raptor_parser_parse_abort(parser)
    }

    private var base: OpaquePointer?
    private var validator = UTF8Validator()
    private var depthGuard: XMLDepthGuard?
    private var inputName = ""

    /// Parses the input. - Returns: the number of statements. - Throws: ``RDFSyntaxError``, or the handler's error.
    @discardableResult
    func parse(_ input: RaptorInput, baseIRI: String) throws -> Int {
        try start(name: input.displayName, baseIRI: baseIRI)
        switch input {
        case .bytes(let bytes):
            // Bounded chunks: libxml2 refuses one chunk of more than 10 MB ("Huge input lookup").
            try bytes.withUnsafeBytes { all in
                var offset = 0
                repeat {
                    let end = min(all.count, offset + Self.chunkSize)
                    try feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), end: end == all.count)
                    offset = end
                } while offset < all.count
            }
        case .file(let path):
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
            guard fd >= 0 else {
                throw RDFSyntaxError(.io, "cannot open the file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
            }
            defer { if fd != 0 { close(fd) } }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
            defer { buffer.deallocate() }
            while true {
                let n = read(fd, buffer.baseAddress, Self.chunkSize)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RDFSyntaxError(
                        .io, "cannot read the file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path),
                        statementCount: count)
                }
                try feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), end: n == 0)
                if n == 0 { break }
            }
        }
        try check(inputName)
        return count
    }

    /// Starts an incremental parse; then call ``feed(_:end:)`` until `end` is true.
    func start(name: String, baseIRI: String) throws {
        inputName = name
        validator = UTF8Validator()
        depthGuard = format == .rdfxml ? XMLDepthGuard() : nil
        world.clearMessages()
        world.onError = { [unowned self] in self.abort() }
        if let base { raptor_free_uri(base) }
        guard let base = world.uri(baseIRI) else {
            throw RDFSyntaxError(.io, "the base IRI <\(baseIRI)> is not an IRI raptor accepts")
        }
        self.base = base
        guard raptor_parser_parse_start(parser, base) == 0 else {
            try check(name)
            throw RDFSyntaxError(.io, "raptor could not start the \(format.displayName) parser", location: SourceLocation(file: name))
        }
    }

    /// Parses the next chunk of input (checked for UTF-8 first); `end` marks the last one.
    func feed(_ chunk: UnsafeRawBufferPointer, end: Bool) throws {
        if let bad = validator.validate(chunk) ?? (end ? validator.finish() : nil) {
            throw RDFSyntaxError(
                .encoding, "the input is not valid UTF-8 at byte offset \(bad); RDF syntaxes are UTF-8 only",
                location: SourceLocation(file: inputName, byteOffset: bad), statementCount: count)
        }
        if depthGuard != nil, let deep = depthGuard!.scan(chunk) {
            throw RDFSyntaxError(
                .syntax,
                "RDF/XML nested deeper than \(XMLDepthGuard.limit) elements at byte offset \(deep): refused (raptor's reader slows quadratically with depth)",
                location: SourceLocation(file: inputName, byteOffset: deep), statementCount: count)
        }
        let status = raptor_parser_parse_chunk(
            parser, chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), chunk.count, end ? 1 : 0)
        if status != 0 || aborted || handlerError != nil || world.firstError != nil {
            try check(inputName)
            if status != 0 {
                throw RDFSyntaxError(
                    .syntax, "\(format.displayName) parse failed (raptor gave no reason)", location: SourceLocation(file: inputName), statementCount: count)
            }
        }
        if end { try check(inputName) }
    }

    /// Throws the handler's error, or raptor's first error (or first warning, when strict).
    private func check(_ name: String) throws {
        if let handlerError { throw handlerError }
        let problem = world.firstError ?? (strict ? world.warnings.first : nil)
        guard let problem else { return }
        throw RDFSyntaxError(
            .syntax, "\(format.displayName) \(problem.level == .error ? "syntax error" : "warning"): \(problem.text)",
            location: SourceLocation(file: name, line: problem.line, column: problem.column), statementCount: count)
    }
}

private let raptorStatementHandler: raptor_statement_handler = { userData, statement in
    guard let userData, let statement else { return }
    Unmanaged<RaptorReader>.fromOpaque(userData).takeUnretainedValue().receive(statement)
}

private let raptorNamespaceHandler: raptor_namespace_handler = { userData, namespace in
    guard let userData, let namespace else { return }
    Unmanaged<RaptorReader>.fromOpaque(userData).takeUnretainedValue().receive(namespace: namespace)
}
