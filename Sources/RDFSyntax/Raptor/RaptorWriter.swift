internal import CRaptor2
import Foundation
import RDFModel

/// One raptor serializer run: namespaces, statements in the order given, and the end.
final class RaptorWriter {
    let world: RaptorWorld
    let format: RDFFormat
    let output: RaptorOutput
    private let serializer: OpaquePointer
    private var iostream: OpaquePointer?
    private var datatypeURIs: [IRI: OpaquePointer] = [:]
    private var finished = false

    /// Starts a serializer writing to `output`; relative IRIs are written against `baseIRI` when given.
    init(format: RDFFormat, world: RaptorWorld, output: RaptorOutput, baseIRI: String?, namespaces: [(prefix: String, iri: String)]) throws {
        guard let name = format.raptorSerializerName else {
            throw RDFSyntaxError(.unsupportedFormat, "raptor cannot write \(format.displayName)")
        }
        guard let serializer = raptor_new_serializer(world.pointer, name) else {
            throw RDFSyntaxError(.unsupportedFormat, "raptor has no \(format.displayName) serializer ('\(name)')")
        }
        self.world = world
        self.format = format
        self.output = output
        self.serializer = serializer
        for (prefix, iri) in namespaces {
            guard let uri = world.uri(iri) else { continue }
            defer { raptor_free_uri(uri) }
            _ = prefix.withCString { raptor_serializer_set_namespace(serializer, uri, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
        }
        iostream = output.iostream(world: world)
        guard let iostream else {
            throw RDFSyntaxError(.io, "raptor could not open an output stream")
        }
        var base: OpaquePointer?
        if let baseIRI { base = world.uri(baseIRI) }
        defer { if let base { raptor_free_uri(base) } }
        guard raptor_serializer_start_to_iostream(serializer, base, iostream) == 0 else {
            throw RDFSyntaxError(.io, "raptor could not start the \(format.displayName) serializer: \(world.firstError?.text ?? "unknown error")")
        }
    }

    deinit {
        raptor_free_serializer(serializer)
        if let iostream { raptor_free_iostream(iostream) }
        for uri in datatypeURIs.values { raptor_free_uri(uri) }
    }

    /// Declares a namespace the input declared (abbreviating writers use it for prefixed names).
    func declare(_ namespace: OpaquePointer) {
        raptor_serializer_set_namespace_from_namespace(serializer, namespace)
    }

    /// Writes one statement (terms made with ``makeTerm(_:)``; `graph` only for N-Quads).
    @inline(__always) func write(
        _ subject: UnsafeMutablePointer<raptor_term>, _ predicate: UnsafeMutablePointer<raptor_term>,
        _ object: UnsafeMutablePointer<raptor_term>, graph: UnsafeMutablePointer<raptor_term>? = nil
    ) throws {
        var statement = raptor_statement(world: world.pointer, usage: 0, subject: subject, predicate: predicate, object: object, graph: graph)
        try write(&statement)
    }

    /// Writes a raptor statement (one from a parser, in streaming conversion).
    @inline(__always) func write(_ statement: UnsafeMutablePointer<raptor_statement>) throws {
        if raptor_serializer_serialize_statement(serializer, statement) != 0 || world.firstError != nil {
            throw RDFSyntaxError(.unrepresentable, "raptor's \(format.displayName) writer refused a statement: \(world.firstError?.text ?? "unknown error")")
        }
        if let failure = output.failure { throw failure }
    }

    /// Ends the document and flushes the output.
    func finish() throws {
        guard !finished else { return }
        finished = true
        let status = raptor_serializer_serialize_end(serializer)
        if let iostream {
            raptor_free_iostream(iostream)
            self.iostream = nil
        }
        output.flush()
        if let failure = output.failure { throw failure }
        if status != 0 || world.firstError != nil {
            throw RDFSyntaxError(.unrepresentable, "raptor's \(format.displayName) writer failed: \(world.firstError?.text ?? "unknown error")")
        }
    }

    /// A raptor term for a Swift term; free it with `raptor_free_term`.
    func makeTerm(_ term: Term) -> UnsafeMutablePointer<raptor_term>? {
        switch term {
        case .iri(let iri):
            var string = iri.string
            return string.withUTF8 { raptor_new_term_from_counted_uri_string(world.pointer, $0.baseAddress, $0.count) }
        case .blankNode(let node):
            var label = RaptorWriter.safeLabel(node.id)
            return label.withUTF8 { raptor_new_term_from_counted_blank(world.pointer, $0.baseAddress, $0.count) }
        case .literal(let literal):
            var lexical = literal.lexicalForm
            var datatype: OpaquePointer?
            if literal.language == nil && literal.datatype != XSD.string {
                if let cached = datatypeURIs[literal.datatype] {
                    datatype = cached
                } else {
                    datatype = world.uri(literal.datatype.string)
                    datatypeURIs[literal.datatype] = datatype
                }
            }
            // raptor copies the lexical form; an empty one still needs a valid pointer.
            return lexical.withUTF8 { text in
                withUnsafePointer(to: UInt8(0)) { empty in
                    let base = text.baseAddress ?? empty
                    if var language = literal.language, !language.isEmpty {
                        return language.withUTF8 { tag in
                            raptor_new_term_from_counted_literal(
                                world.pointer, base, text.count, nil, tag.baseAddress, UInt8(truncatingIfNeeded: min(tag.count, 255)))
                        }
                    }
                    return raptor_new_term_from_counted_literal(world.pointer, base, text.count, datatype, nil, 0)
                }
            }
        }
    }

    /// A blank-node label every raptor writer and reader accepts: labels of ASCII letters and
    /// digits starting with a letter other than `z` are kept; any other label becomes `z`
    /// followed by the hex of its UTF-8, so distinct labels stay distinct.
    static func safeLabel(_ label: String) -> String {
        if isSafeLabel(label.utf8) { return label }
        var out = "z"
        for byte in label.utf8 {
            out += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }
        return out
    }

    @inline(__always) static func isSafeLabel<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x79) else { return false }
        for byte in bytes where !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)) {
            return false
        }
        return true
    }
}
