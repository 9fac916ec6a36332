internal import CRaptor2
import Foundation

/// Writes a Turtle or RDF/XML dump of any size through raptor, in bounded memory, from sorted
/// N-Triples given in batches of whole subjects (``ExternalLineSorter``'s order, see
/// ``SubjectOrder``).
///
/// raptor writes every byte: each batch goes through a raptor writer of its own, and only the
/// first batch's document header (prefixes, `<rdf:RDF …>`) and the last one's footer
/// (`</rdf:RDF>`) are kept, so raptor never holds more than a batch. Because raptor's
/// abbreviating writers order subjects the way the batches come, the file is byte for byte the
/// one a single writer holding the whole graph writes (blank nodes excepted: a blank node whose
/// statements fall in a later batch than a statement naming it is written as a subject of its
/// own instead of nested).
///
/// Verification: the bytes go to a temporary file (``AtomicFile``'s: beside `path`, or in the
/// temporary folder when `path` is a FIFO or device) through a second thread that reads them back
/// as they come (``BackgroundVerifier``); the order-independent digest of what was read must equal
/// that of the statements written before ``finish()`` puts the file in place (renamed, or streamed
/// into a FIFO or device). On any error, or when the writer is released unfinished, the temporary
/// file is removed.
public final class SortedDumpWriter {
    /// The dump's path.
    public let path: String
    /// Turtle or RDF/XML.
    public let format: RDFFormat
    private let namespaces: [(prefix: String, iri: String)]
    private let destination: AtomicFile.Destination
    private let temporary: AtomicFile.Temporary
    private var fd: Int32 { temporary.fd }
    private var verifier: BackgroundVerifier?
    private var written = StatementDigest(includesGraph: false)
    private var header: [UInt8]?
    private var turtleHeader: [UInt8]?
    private var committed = false
    private var closed = false
    /// Statements written so far.
    public var statementCount: Int { written.count }

    private static let rdfxmlFooter = Array("</rdf:RDF>\n".utf8)

    /// Creates the temporary file for `path` and starts the verifying thread.
    /// - Parameter namespaces: the prefixes to declare, in raptor's order of declaration.
    public init(path: String, format: RDFFormat, namespaces: [(prefix: String, iri: String)]) throws {
        guard format == .turtle || format == .rdfxml else {
            throw RDFSyntaxError(.unsupportedFormat, "a sorted dump is Turtle or RDF/XML, not \(format.displayName)")
        }
        self.path = path
        self.format = format
        self.namespaces = namespaces
        destination = try AtomicFile.destination(path)
        temporary = try AtomicFile.createTemporary(for: destination)
        verifier = BackgroundVerifier(
            format: format, name: path, baseIRI: RDFParser.defaultBaseIRI, checksSet: false, includesGraph: false, writingTo: fd)
    }

    deinit { abandon() }

    /// Writes a batch: N-Triples statements (lines ending ` .`), sorted, holding every statement
    /// of each of its subjects.
    public func write(ntriples batch: UnsafeRawBufferPointer) throws {
        guard !closed else { throw RDFSyntaxError(.io, "the dump is already finished", location: SourceLocation(file: path)) }
        do {
            let bytes = try render(batch)
            let (head, body) = try split(bytes)
            if header == nil {
                header = head
                try submit(head[...])
            } else if head != header! {
                throw RDFSyntaxError(.verification, "raptor began two batches differently", location: SourceLocation(file: path))
            }
            try submit(body)
        } catch {
            abandon()
            throw error
        }
    }

    /// Ends the document, waits for the read-back, compares the digests and puts the file in
    /// place. - Throws: ``RDFSyntaxError``; the destination is then untouched.
    public func finish() throws {
        guard !closed else { throw RDFSyntaxError(.io, "the dump is already finished", location: SourceLocation(file: path)) }
        do {
            if header == nil {
                // No statement: the document raptor writes for an empty graph.
                let bytes = try render(UnsafeRawBufferPointer(start: nil, count: 0))
                try submit(bytes[...])
            } else if format == .rdfxml {
                try submit(Self.rdfxmlFooter[...])
            }
            guard let verifier else { return }
            self.verifier = nil
            let readBack: BackgroundVerifier.ReadBack
            do {
                readBack = try verifier.finish()
            } catch let error as RDFSyntaxError where error.code != .io {
                throw RDFSyntaxError(
                    .unrepresentable,
                    "raptor wrote \(format.displayName) that does not read back (\(error.message), output line \(error.location?.line.map(String.init) ?? "?"))",
                    location: SourceLocation(file: path))
            }
            guard readBack.digest == written else {
                throw RDFSyntaxError(
                    .verification,
                    "the \(format.displayName) written does not read back as the statements given (\(written.count) written, \(readBack.digest.count) read back)",
                    location: SourceLocation(file: path))
            }
            closed = true
            committed = true
            try AtomicFile.publish(temporary, to: destination)
        } catch {
            abandon()
            throw error
        }
    }

    /// Stops: the temporary file is removed, the destination untouched.
    public func abandon() {
        if let verifier {
            self.verifier = nil
            _ = try? verifier.finish()
        }
        closed = true
        if !committed {
            committed = true
            AtomicFile.discard(temporary)
        }
    }

    private func submit(_ bytes: ArraySlice<UInt8>) throws {
        guard let verifier, !bytes.isEmpty else { return }
        // The verifier's blocks are parsed as they come: bounded pieces.
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = min(bytes.endIndex, start + RaptorOutput.blockSize)
            try bytes[start..<end].withUnsafeBytes { try verifier.submit($0) }
            start = end
        }
    }

    /// The document raptor writes for the batch alone.
    private func render(_ batch: UnsafeRawBufferPointer) throws -> [UInt8] {
        let world = try RaptorWorld()
        let output = RaptorOutput(.memory)
        let writer = try RaptorWriter(format: format, world: world, output: output, baseIRI: nil, namespaces: namespaces)
        let checksRDFXML = format == .rdfxml
        let reader = try RaptorReader(format: .ntriples, world: world) { [self] statement in
            if checksRDFXML, let problem = RaptorTermCheck.rdfxmlProblem(statement) {
                throw RDFSyntaxError(.unrepresentable, "\(problem); offending statement: \(RaptorStreamConverter.describe(statement))")
            }
            do {
                try writer.write(statement)
            } catch var error as RDFSyntaxError where error.code != .io {
                error.message += "; offending statement: \(RaptorStreamConverter.describe(statement))"
                throw error
            }
            written.add(statement)
        }
        try reader.start(name: path, baseIRI: RDFParser.defaultBaseIRI)
        var offset = 0
        repeat {
            let end = min(batch.count, offset + RaptorReader.chunkSize)
            try reader.feed(batch.count == 0 ? batch : UnsafeRawBufferPointer(rebasing: batch[offset..<end]), end: end == batch.count)
            offset = end
        } while offset < batch.count
        try writer.finish()
        return output.bytes
    }

    /// A batch's document cut into its header and its statements (the RDF/XML footer dropped).
    private func split(_ bytes: [UInt8]) throws -> (header: [UInt8], body: ArraySlice<UInt8>) {
        let headerEnd: Int?
        var bodyEnd = bytes.count
        switch format {
        case .turtle:
            // What raptor writes for no statement: the prefix lines and an empty line.
            if turtleHeader == nil { turtleHeader = try render(UnsafeRawBufferPointer(start: nil, count: 0)) }
            headerEnd = bytes.starts(with: turtleHeader!) ? turtleHeader!.count : nil
        default:
            let footer = Self.rdfxmlFooter
            guard bytes.count >= footer.count, Array(bytes[(bytes.count - footer.count)...]) == footer else {
                throw RDFSyntaxError(.verification, "raptor's RDF/XML batch does not end with </rdf:RDF>", location: SourceLocation(file: path))
            }
            bodyEnd = bytes.count - footer.count
            headerEnd = Self.find(Array("<rdf:RDF".utf8), in: bytes, from: 0)
                .flatMap { bytes[$0...].firstIndex(of: UInt8(ascii: ">")) }
                .flatMap { bytes[$0...].firstIndex(of: 0x0A) }.map { $0 + 1 }
        }
        guard let headerEnd, headerEnd <= bodyEnd else {
            throw RDFSyntaxError(.verification, "cannot find where raptor's \(format.displayName) header ends", location: SourceLocation(file: path))
        }
        return (Array(bytes[..<headerEnd]), bytes[headerEnd..<bodyEnd])
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
