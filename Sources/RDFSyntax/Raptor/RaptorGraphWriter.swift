internal import CRaptor2
import RDFModel

/// Feeds sorted graphs and datasets to a ``RaptorWriter``, making each distinct term's raptor
/// copy once.
enum RaptorGraphWriter {
    /// The bytes raptor writes for the triples, in their order.
    static func render(
        _ sorted: SortedTriples, format: RDFFormat, namespaces: [(prefix: String, iri: String)], baseIRI: String?
    ) throws -> [UInt8] {
        let output = RaptorOutput(.memory)
        try write(sorted, format: format, namespaces: namespaces, baseIRI: baseIRI, to: output)
        return output.bytes
    }

    /// Writes the triples, in their order, to a file descriptor.
    static func write(
        _ sorted: SortedTriples, format: RDFFormat, namespaces: [(prefix: String, iri: String)], baseIRI: String?, to fd: Int32
    ) throws {
        try write(sorted, format: format, namespaces: namespaces, baseIRI: baseIRI, to: RaptorOutput(.descriptor(fd)))
    }

    private static func write(
        _ sorted: SortedTriples, format: RDFFormat, namespaces: [(prefix: String, iri: String)], baseIRI: String?,
        to output: RaptorOutput
    ) throws {
        let world = try RaptorWorld()
        let writer = try RaptorWriter(format: format, world: world, output: output, baseIRI: baseIRI, namespaces: namespaces)
        let graph = sorted.graph
        var terms = [UnsafeMutablePointer<raptor_term>?](repeating: nil, count: graph.termCount)
        defer { for case let term? in terms { raptor_free_term(term) } }
        func term(_ id: TermID) throws -> UnsafeMutablePointer<raptor_term> {
            if let made = terms[Int(id)] { return made }
            guard let made = writer.makeTerm(graph.term(id)) else {
                throw RDFSyntaxError(.unrepresentable, "raptor refused the term \(graph.term(id))")
            }
            terms[Int(id)] = made
            return made
        }
        for triple in sorted.triples {
            do {
                try writer.write(try term(triple.subject), try term(triple.predicate), try term(triple.object))
            } catch var error as RDFSyntaxError {
                error.message += "; offending triple: \(graph.triple(triple))"
                throw error
            }
        }
        try writer.finish()
    }

    /// The N-Quads raptor writes for the quads, in their order.
    static func render(quads: [Quad]) throws -> [UInt8] {
        let world = try RaptorWorld()
        let output = RaptorOutput(.memory)
        let writer = try RaptorWriter(format: .nquads, world: world, output: output, baseIRI: nil, namespaces: [])
        var cache: [Term: UnsafeMutablePointer<raptor_term>] = [:]
        defer { for term in cache.values { raptor_free_term(term) } }
        func term(_ value: Term) throws -> UnsafeMutablePointer<raptor_term> {
            if let made = cache[value] { return made }
            guard let made = writer.makeTerm(value) else { throw RDFSyntaxError(.unrepresentable, "raptor refused the term \(value)") }
            cache[value] = made
            return made
        }
        for quad in quads {
            let graph = try quad.graph.map(term)
            do {
                try writer.write(
                    try term(quad.triple.subject), try term(.iri(quad.triple.predicate)), try term(quad.triple.object), graph: graph)
            } catch var error as RDFSyntaxError {
                error.message += "; offending statement: \(quad)"
                throw error
            }
        }
        try writer.finish()
        return output.bytes
    }
}
