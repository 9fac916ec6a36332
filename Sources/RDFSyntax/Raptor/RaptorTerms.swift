import Foundation
internal import CRaptor2
import RDFModel

/// Copies raptor's terms into Swift values.
///
/// raptor interns URIs (one `raptor_uri` per distinct string while it is alive), so a URI's
/// pointer is a cheap key: a direct-mapped cache keeps recent URIs retained (so their pointers
/// cannot be reused for another string) and maps them to the Swift value made the first time.
/// This makes repeated predicates, classes and subjects cost a pointer comparison.
final class RaptorTermReader {
    private let world: RaptorWorld
    private static let slotCount = 1 << 13
    private var keys: [OpaquePointer?]
    private var iris: [IRI]

    init(world: RaptorWorld) {
        self.world = world
        keys = Array(repeating: nil, count: Self.slotCount)
        iris = Array(repeating: IRI(unchecked: ""), count: Self.slotCount)
    }

    deinit {
        for case let key? in keys { raptor_free_uri(key) }
    }

    @inline(__always) static func slot(_ uri: OpaquePointer) -> Int {
        let bits = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(uri)))
        return Int(truncatingIfNeeded: (bits >> 4) &* 0x9E37_79B9_7F4A_7C15 >> 51) & (slotCount - 1)
    }

    /// The IRI of a raptor URI.
    func iri(_ uri: OpaquePointer) -> IRI {
        let slot = Self.slot(uri)
        if keys[slot] == uri { return iris[slot] }
        var length = 0
        let bytes = raptor_uri_as_counted_string(uri, &length)
        let iri = IRI(unchecked: RaptorTermReader.string(bytes, length))
        if let old = keys[slot] { raptor_free_uri(old) }
        keys[slot] = raptor_uri_copy(uri)
        iris[slot] = iri
        return iri
    }

    /// The Swift term of a raptor term.
    func term(_ term: UnsafeMutablePointer<raptor_term>) -> Term {
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.pointee.value.uri else { return .iri(IRI(unchecked: "")) }
            return .iri(iri(uri))
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.pointee.value.blank
            return .blankNode(BlankNode(RaptorTermReader.string(blank.string, Int(blank.string_len))))
        default:
            return .literal(literal(term))
        }
    }

    /// The literal of a raptor literal term.
    func literal(_ term: UnsafeMutablePointer<raptor_term>) -> Literal {
        let value = term.pointee.value.literal
        let lexical = RaptorTermReader.string(value.string, Int(value.string_len))
        if let language = value.language, value.language_len > 0 {
            return Literal(lexical, language: RaptorTermReader.string(language, Int(value.language_len)))
        }
        if let datatype = value.datatype { return Literal(lexical, datatype: iri(datatype)) }
        return Literal(lexical)
    }

    @inline(__always) static func string(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let bytes, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// The quad of a raptor statement.
    func quad(_ statement: UnsafeMutablePointer<raptor_statement>) -> Quad? {
        guard let s = statement.pointee.subject, let p = statement.pointee.predicate, let o = statement.pointee.object,
            p.pointee.type == RAPTOR_TERM_TYPE_URI, let pu = p.pointee.value.uri
        else { return nil }
        let subject = term(s)
        if subject.isLiteral { return nil }
        var graph: Term?
        if let g = statement.pointee.graph {
            let name = term(g)
            if !name.isLiteral { graph = name }
        }
        return Quad(Triple(subject, iri(pu), term(o)), graph: graph)
    }
}

/// Builds a ``Graph`` from raptor statements with as little work per statement as possible:
/// URIs go through a pointer-keyed cache of term identifiers, the last blank subject is
/// remembered, and identifiers are inserted directly.
final class RaptorGraphBuilder {
    private(set) var graph = Graph()
    private let reader: RaptorTermReader
    private static let slotCount = 1 << 14
    private var keys: [OpaquePointer?]
    private var ids: [TermID]
    private var lastBlank: [UInt8] = []
    private var lastBlankID: TermID?

    init(world: RaptorWorld) {
        reader = RaptorTermReader(world: world)
        keys = Array(repeating: nil, count: Self.slotCount)
        ids = Array(repeating: 0, count: Self.slotCount)
    }

    deinit {
        for case let key? in keys { raptor_free_uri(key) }
    }

    /// Takes the graph out (the builder is done).
    func take() -> Graph {
        let result = graph
        graph = Graph()
        return result
    }

    @inline(__always) private func id(ofURI uri: OpaquePointer) -> TermID {
        let bits = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(uri)))
        let slot = Int(truncatingIfNeeded: (bits >> 4) &* 0x9E37_79B9_7F4A_7C15 >> 50) & (Self.slotCount - 1)
        if keys[slot] == uri { return ids[slot] }
        var length = 0
        let bytes = raptor_uri_as_counted_string(uri, &length)
        let id = graph.intern(.iri(IRI(unchecked: RaptorTermReader.string(bytes, length))))
        if let old = keys[slot] { raptor_free_uri(old) }
        keys[slot] = raptor_uri_copy(uri)
        ids[slot] = id
        return id
    }

    @inline(__always) private func id(of term: UnsafeMutablePointer<raptor_term>, isSubject: Bool) -> TermID? {
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.pointee.value.uri else { return nil }
            return id(ofURI: uri)
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.pointee.value.blank
            let length = Int(blank.string_len)
            if isSubject, let lastBlankID, let bytes = blank.string, length == lastBlank.count,
                lastBlank.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, length) == 0 })
            {
                return lastBlankID
            }
            let label = RaptorTermReader.string(blank.string, length)
            let id = graph.intern(.blankNode(BlankNode(label)))
            if isSubject {
                lastBlank = Array(label.utf8)
                lastBlankID = id
            }
            return id
        case RAPTOR_TERM_TYPE_LITERAL:
            if isSubject { return nil }
            return graph.intern(.literal(reader.literal(term)))
        default:
            return nil
        }
    }

    /// Adds a statement's triple (its graph name, if any, is dropped).
    @inline(__always) func add(_ statement: UnsafeMutablePointer<raptor_statement>) {
        guard let s = statement.pointee.subject, let p = statement.pointee.predicate, let o = statement.pointee.object,
            p.pointee.type == RAPTOR_TERM_TYPE_URI, let pu = p.pointee.value.uri,
            let sid = id(of: s, isSubject: true), let oid = id(of: o, isSubject: false)
        else { return }
        graph.insert(IDTriple(sid, id(ofURI: pu), oid))
    }
}
