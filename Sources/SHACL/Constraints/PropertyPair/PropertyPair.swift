import RDFModel

/// The shared part of the property pair components (https://www.w3.org/TR/shacl/#core-components-property-pairs):
/// the parameter is a property, and the focus node's values of that property are compared with the value nodes.
struct PropertyPair: Sendable {
    let property: IRI
    private(set) var propertyID: TermID?

    init(property: IRI) { self.property = property }

    /// Reads every value of a property-pair parameter (each must be an IRI).
    static func parse(_ reader: ShapeReader, _ parameter: IRI, section: String) throws -> [PropertyPair] {
        try reader.iris(parameter, section: section).map(PropertyPair.init)
    }

    mutating func bind(to data: DataGraph) { propertyID = data.graph.id(of: property) }

    /// The objects of the focus node's triples with the property.
    func otherValues(_ context: EvaluationContext) -> [TermID] {
        guard let propertyID else { return [] }
        return Array(context.data.objects(context.focus, propertyID))
    }

    /// The body of `sh:lessThan` and `sh:lessThanOrEquals`: every value node is compared, as SPARQL's
    /// operators compare, with every value of the property; a pair whose order is not one of `accepted`,
    /// or that cannot be compared (an IRI, values of different kinds), gives a result for the value node.
    func reportValuesNotOrdered(
        _ accepted: Set<ValueOrder>, relation: String, component: IRI, _ context: inout EvaluationContext
    ) {
        let others = otherValues(context)
        guard !others.isEmpty else { return }
        for value in context.values {
            let term = context.data.term(value)
            for other in others {
                let otherTerm = context.data.term(other)
                if case .literal(let a) = term, case .literal(let b) = otherTerm, let order = a.compareValue(to: b),
                    accepted.contains(order)
                {
                    continue
                }
                context.report(component, value: value, message: "Value \(term) is not \(relation) \(otherTerm), a value of \(property)")
                if context.isDone { return }
            }
        }
    }
}
