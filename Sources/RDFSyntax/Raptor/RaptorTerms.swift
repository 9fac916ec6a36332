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
    func iri(_ uri: OpaquePointer) throws -> IRI {
        let slot = Self.slot(uri)
        if keys[slot] == uri { return iris[slot] }
        var length = 0
        let bytes = raptor_uri_as_counted_string(uri, &length)
        let iri = IRI(unchecked: try RaptorTermReader.string(bytes, length))
        if let old = keys[slot] { raptor_free_uri(old) }
        keys[slot] = raptor_uri_copy(uri)
        iris[slot] = iri
        return iri
    }

    /// The Swift term of a raptor term.
    func term(_ term: UnsafeMutablePointer<raptor_term>) throws -> Term {
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.pointee.value.uri else { return .iri(IRI(unchecked: "")) }
            return .iri(try iri(uri))
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.pointee.value.blank
            return .blankNode(BlankNode(try RaptorTermReader.string(blank.string, Int(blank.string_len))))
        default:
            return .literal(try literal(term))
        }
    }

    /// The literal of a raptor literal term.
    func literal(_ term: UnsafeMutablePointer<raptor_term>) throws -> Literal {
        let value = term.pointee.value.literal
        let lexical = try RaptorTermReader.string(value.string, Int(value.string_len))
        if let language = value.language, value.language_len > 0 {
            return Literal(lexical, language: try RaptorTermReader.languageTag(language, Int(value.language_len)))
        }
        if let datatype = value.datatype { return Literal(lexical, datatype: try iri(datatype)) }
        return Literal(lexical)
    }

    /// The text of raptor's bytes. raptor decodes `\\u` escapes without checking them, so an
    /// escaped surrogate (`\\uD800`) yields bytes that are not UTF-8: refused here, since the
    /// input's own bytes were checked before raptor saw them.
    @inline(__always) static func string(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) throws -> String {
        guard let bytes, length > 0 else { return "" }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        guard text.utf8.count == length else { throw invalidEscape(bytes, length) }
        return text
    }

    static func invalidEscape(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) -> RDFSyntaxError {
        let shown = String(decoding: UnsafeBufferPointer(start: bytes, count: min(length, 60)), as: UTF8.self)
        return RDFSyntaxError(
            .syntax, "a numeric escape makes text that is not Unicode (a surrogate such as \\uD800 or past U+10FFFF): \"\(shown)\"")
    }

    /// A language tag in lower case, as RDF 1.1 compares them (raptor's N-Triples reader lowers
    /// them, its Turtle reader does not; lowering here makes every syntax agree).
    @inline(__always) static func languageTag(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) throws -> String {
        let tag = try string(bytes, length)
        return tag.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? tag.lowercased() : tag
    }

    /// The quad of a raptor statement.
    func quad(_ statement: UnsafeMutablePointer<raptor_statement>) throws -> Quad? {
        guard let s = statement.pointee.subject, let p = statement.pointee.predicate, let o = statement.pointee.object,
            p.pointee.type == RAPTOR_TERM_TYPE_URI, let pu = p.pointee.value.uri
        else { return nil }
        let subject = try term(s)
        if subject.isLiteral { return nil }
        var graph: Term?
        if let g = statement.pointee.graph {
            let name = try term(g)
            if !name.isLiteral { graph = name }
        }
        return Quad(Triple(subject, try iri(pu), try term(o)), graph: graph)
    }
}
