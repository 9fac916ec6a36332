import RDFModel

/// The shared part of the four value range components (https://www.w3.org/TR/shacl/#core-components-range):
/// each value node is compared with the parameter's literal as SPARQL's `<` and `<=` compare
/// (numbers across numeric types, dates, date-times, strings, booleans). A value node that is not
/// a literal, or whose value is incomparable with the bound (another kind of value, ill-typed, or
/// an indeterminate time-zone comparison), fails.
struct ValueRange: Sendable {
    /// The bound, as written in the shapes graph.
    let bound: Literal
    /// The orders of `value` relative to `bound` that satisfy the constraint.
    let accepted: Set<ValueOrder>
    private let boundValue: LiteralValue?

    init(bound: Literal, accepted: Set<ValueOrder>) {
        self.bound = bound
        self.accepted = accepted
        boundValue = bound.value
    }

    /// Reads the single literal value of a range parameter.
    static func parse(_ reader: ShapeReader, _ parameter: IRI, section: String, accepted: Set<ValueOrder>) throws -> ValueRange? {
        guard let value = try reader.single(parameter, section: section) else { return nil }
        guard case .literal(let literal) = value else {
            throw reader.error(parameter, value, "\(SHName(parameter)) must be a literal, found \(value)", section: section)
        }
        return ValueRange(bound: literal, accepted: accepted)
    }

    /// Whether the value node satisfies the range.
    func admits(_ value: Term) -> Bool {
        guard case .literal(let literal) = value, let boundValue, let left = literal.value,
            let order = LiteralValue.compare(left, boundValue)
        else { return false }
        return accepted.contains(order)
    }

    /// Reports each value node outside the range.
    func evaluate(_ context: inout EvaluationContext, component: IRI, relation: String) {
        for value in context.values {
            let term = context.data.term(value)
            if admits(term) { continue }
            context.report(component, value: value, message: "Value \(term) is not \(relation) \(bound)")
            if context.isDone { return }
        }
    }
}
