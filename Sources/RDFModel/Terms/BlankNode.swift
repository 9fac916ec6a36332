/// A blank node (https://www.w3.org/TR/rdf11-concepts/#dfn-blank-node), identified by a label
/// that is local to one graph or document.
public struct BlankNode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The label, without the `_:` prefix.
    public let id: String

    /// Creates a blank node with the given label (without `_:`).
    public init(_ id: String) {
        self.id = id
    }

    /// The blank node in N-Triples form: `_:label`.
    public var description: String { "_:\(id)" }

    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8) }
}
