import RDFModel

/// A SHACL property path (https://www.w3.org/TR/shacl/#property-paths): the way a property
/// shape reaches its value nodes from a focus node.
///
/// Each case mirrors one syntax form of the spec and one SPARQL 1.1 path operator:
///
/// | case | shapes graph | SPARQL |
/// |---|---|---|
/// | `.predicate(p)` | `ex:p` | `ex:p` |
/// | `.inverse(x)` | `[ sh:inversePath x ]` | `^x` |
/// | `.sequence([x, y])` | `( x y )` | `x/y` |
/// | `.alternative([x, y])` | `[ sh:alternativePath ( x y ) ]` | `x|y` |
/// | `.zeroOrMore(x)` | `[ sh:zeroOrMorePath x ]` | `x*` |
/// | `.oneOrMore(x)` | `[ sh:oneOrMorePath x ]` | `x+` |
/// | `.zeroOrOne(x)` | `[ sh:zeroOrOnePath x ]` | `x?` |
public indirect enum PropertyPath: Hashable, Sendable, CustomStringConvertible {
    /// A predicate path: the objects of the focus node's triples with this predicate.
    case predicate(IRI)
    /// An inverse path: the nodes that reach the focus node through the path.
    case inverse(PropertyPath)
    /// A sequence path (at least two members): each path applied to the nodes the previous one reached.
    case sequence([PropertyPath])
    /// An alternative path (at least two members): the union of what each path reaches.
    case alternative([PropertyPath])
    /// The focus node and every node reached by repeating the path.
    case zeroOrMore(PropertyPath)
    /// Every node reached by repeating the path at least once.
    case oneOrMore(PropertyPath)
    /// The focus node and the nodes the path reaches in one step.
    case zeroOrOne(PropertyPath)

    /// The path in SPARQL 1.1 property-path syntax, with full IRIs.
    public var description: String {
        switch self {
        case .predicate(let iri): iri.description
        case .inverse(let path): "^" + path.wrapped
        case .sequence(let paths): paths.map(\.wrapped).joined(separator: "/")
        case .alternative(let paths): paths.map(\.wrapped).joined(separator: "|")
        case .zeroOrMore(let path): path.wrapped + "*"
        case .oneOrMore(let path): path.wrapped + "+"
        case .zeroOrOne(let path): path.wrapped + "?"
        }
    }

    private var wrapped: String {
        if case .predicate = self { return description }
        return "(" + description + ")"
    }

    /// The predicate, when the path is a predicate path.
    public var predicate: IRI? {
        if case .predicate(let iri) = self { return iri }
        return nil
    }

    /// The path as SHACL writes it, built from this value: blank nodes for every non-predicate
    /// form, lists for sequences and alternatives.
    ///
    /// - Parameter makeBlankNode: gives a fresh blank node each time it is called.
    /// - Returns: the path's node and the triples that describe it.
    public func triples(makeBlankNode: () -> BlankNode) -> (node: Term, triples: [Triple]) {
        var triples: [Triple] = []
        func list(_ members: [PropertyPath]) -> Term {
            var head: Term = .iri(RDF.nil)
            for member in members.reversed() {
                let cell = Term.blankNode(makeBlankNode())
                triples.append(Triple(cell, RDF.first, build(member)))
                triples.append(Triple(cell, RDF.rest, head))
                head = cell
            }
            return head
        }
        func wrap(_ predicate: IRI, _ object: Term) -> Term {
            let node = Term.blankNode(makeBlankNode())
            triples.append(Triple(node, predicate, object))
            return node
        }
        func build(_ path: PropertyPath) -> Term {
            switch path {
            case .predicate(let iri): .iri(iri)
            case .inverse(let inner): wrap(SH.inversePath, build(inner))
            case .sequence(let members): list(members)
            case .alternative(let members): wrap(SH.alternativePath, list(members))
            case .zeroOrMore(let inner): wrap(SH.zeroOrMorePath, build(inner))
            case .oneOrMore(let inner): wrap(SH.oneOrMorePath, build(inner))
            case .zeroOrOne(let inner): wrap(SH.zeroOrOnePath, build(inner))
            }
        }
        let node = build(self)
        return (node, triples)
    }
}
