import RDFModel

/// A shape of the shapes graph (https://www.w3.org/TR/shacl/#shapes): a node shape, or a property
/// shape when it has an `sh:path`, with its targets and constraints.
public struct Shape: Sendable, CustomStringConvertible {
    /// The shape's node in the shapes graph (an IRI or a blank node); results name it as `sh:sourceShape`.
    public let node: Term
    /// The property path of a property shape, `nil` for a node shape.
    public let path: PropertyPath?
    /// The targets that select the shape's focus nodes.
    public let targets: [Target]
    /// `sh:severity`, `sh:Violation` by default.
    public let severity: Severity
    /// `sh:message` values, copied into each result.
    public let messages: [Literal]
    /// `sh:deactivated true`: the shape produces no result and every node conforms to it.
    public let isDeactivated: Bool
    /// The IRIs of the constraint components the shape uses, in table order.
    public var constraintComponents: [IRI] { constraints.map { type(of: $0).iri } }

    var constraints: [any ConstraintComponent]

    /// Whether the shape is a property shape.
    public var isPropertyShape: Bool { path != nil }

    public var description: String {
        var out = (isPropertyShape ? "property shape " : "node shape ") + node.description
        if let path { out += " (path \(path))" }
        return out
    }

    init(
        node: Term, path: PropertyPath?, targets: [Target], severity: Severity,
        messages: [Literal], isDeactivated: Bool, constraints: [any ConstraintComponent]
    ) {
        self.node = node
        self.path = path
        self.targets = targets
        self.severity = severity
        self.messages = messages
        self.isDeactivated = isDeactivated
        self.constraints = constraints
    }
}
