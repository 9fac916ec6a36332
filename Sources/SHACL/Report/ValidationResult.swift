import RDFModel

/// One validation result (https://www.w3.org/TR/shacl/#results-validation-result), field by field
/// the properties of an `sh:ValidationResult` in the report graph.
public struct ValidationResult: Hashable, Sendable, Comparable {
    /// `sh:focusNode`: the focus node that was validated.
    public var focusNode: Term
    /// `sh:resultPath`: the path of the property shape the result comes from, or the predicate a
    /// closed shape does not allow; `nil` for results of node shapes.
    public var resultPath: PropertyPath?
    /// `sh:value`: the value node that broke the constraint, when there is one.
    public var value: Term?
    /// `sh:sourceShape`: the shape whose constraint was broken.
    public var sourceShape: Term
    /// `sh:sourceConstraintComponent`: the constraint component, such as `sh:MinCountConstraintComponent`.
    public var sourceConstraintComponent: IRI
    /// `sh:resultSeverity`: the shape's severity.
    public var severity: Severity
    /// `sh:resultMessage`: the shape's `sh:message` values, or one message Communique writes.
    public var messages: [Literal]

    /// Creates a result.
    public init(
        focusNode: Term, resultPath: PropertyPath? = nil, value: Term? = nil, sourceShape: Term,
        sourceConstraintComponent: IRI, severity: Severity = .violation, messages: [Literal] = []
    ) {
        self.focusNode = focusNode
        self.resultPath = resultPath
        self.value = value
        self.sourceShape = sourceShape
        self.sourceConstraintComponent = sourceConstraintComponent
        self.severity = severity
        self.messages = messages
    }

    /// The component's local name without `ConstraintComponent`: `MinCount`, `Datatype`, ...
    public var componentName: String {
        var name = sourceConstraintComponent.string
        if name.hasPrefix(SH.namespace) { name.removeFirst(SH.namespace.count) }
        if name.hasSuffix("ConstraintComponent") { name.removeLast("ConstraintComponent".count) }
        return name
    }

    /// The first message, or the component name when there is none.
    public var message: String { messages.first?.lexicalForm ?? componentName }

    /// Ordered by severity, shape, focus node, path, component, value: the order reports print in.
    public static func < (lhs: ValidationResult, rhs: ValidationResult) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.sourceShape != rhs.sourceShape { return lhs.sourceShape < rhs.sourceShape }
        if lhs.focusNode != rhs.focusNode { return lhs.focusNode < rhs.focusNode }
        let lp = lhs.resultPath?.description ?? "", rp = rhs.resultPath?.description ?? ""
        if lp != rp { return lp < rp }
        if lhs.sourceConstraintComponent != rhs.sourceConstraintComponent {
            return lhs.sourceConstraintComponent < rhs.sourceConstraintComponent
        }
        switch (lhs.value, rhs.value) {
        case (let a?, let b?) where a != b: return a < b
        case (nil, _?): return true
        default: return lhs.message < rhs.message
        }
    }
}
