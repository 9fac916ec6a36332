/// An RDF term (https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-term): an IRI, a blank node or a literal.
///
/// Terms are ordered IRIs first, then blank nodes, then literals, each by their characters,
/// which is the order in which ``Graph`` writes its triples.
public enum Term: Hashable, Sendable, Comparable, CustomStringConvertible {
    case iri(IRI)
    case blankNode(BlankNode)
    case literal(Literal)

    /// The term in N-Triples form.
    public var description: String {
        switch self {
        case .iri(let iri): iri.description
        case .blankNode(let node): node.description
        case .literal(let literal): literal.description
        }
    }

    /// The IRI, if this term is one.
    public var iri: IRI? { if case .iri(let value) = self { value } else { nil } }
    /// The blank node, if this term is one.
    public var blankNode: BlankNode? { if case .blankNode(let value) = self { value } else { nil } }
    /// The literal, if this term is one.
    public var literal: Literal? { if case .literal(let value) = self { value } else { nil } }

    /// Whether the term is an IRI.
    public var isIRI: Bool { iri != nil }
    /// Whether the term is a blank node.
    public var isBlankNode: Bool { blankNode != nil }
    /// Whether the term is a literal.
    public var isLiteral: Bool { literal != nil }

    private var rank: Int {
        switch self {
        case .iri: 0
        case .blankNode: 1
        case .literal: 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): a < b
        case (.blankNode(let a), .blankNode(let b)): a < b
        case (.literal(let a), .literal(let b)): a < b
        default: lhs.rank < rhs.rank
        }
    }
}

extension Term {
    /// Shorthand for an IRI term from a trusted string.
    public static func iri(_ string: String) -> Term { .iri(IRI(unchecked: string)) }
    /// Shorthand for a plain `xsd:string` literal term.
    public static func string(_ value: String) -> Term { .literal(Literal(value)) }
}
