/// An RDF triple (https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-triple).
///
/// The subject is an IRI or a blank node and the predicate an IRI; a literal subject is a
/// programming error (no parser produces one), checked by a precondition.
public struct Triple: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let subject: Term
    public let predicate: IRI
    public let object: Term

    /// Creates a triple. - Precondition: `subject` is not a literal.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        precondition(!subject.isLiteral, "a triple's subject cannot be a literal")
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// The triple as one N-Triples line, without the newline.
    public var description: String { "\(subject) \(predicate) \(object) ." }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.predicate != rhs.predicate { return lhs.predicate < rhs.predicate }
        return lhs.object < rhs.object
    }
}

/// A quad: a triple and the graph it belongs to (`nil` for the default graph)
/// (https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-dataset).
public struct Quad: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let triple: Triple
    /// The graph name, an IRI or a blank node; `nil` is the default graph.
    public let graph: Term?

    public init(_ triple: Triple, graph: Term? = nil) {
        precondition(graph.map { !$0.isLiteral } ?? true, "a graph name cannot be a literal")
        self.triple = triple
        self.graph = graph
    }

    /// The quad as one N-Quads line, without the newline.
    public var description: String {
        guard let graph else { return triple.description }
        return "\(triple.subject) \(triple.predicate) \(triple.object) \(graph) ."
    }

    public static func < (lhs: Quad, rhs: Quad) -> Bool {
        if lhs.graph != rhs.graph {
            guard let l = lhs.graph else { return true }
            guard let r = rhs.graph else { return false }
            return l < r
        }
        return lhs.triple < rhs.triple
    }
}
