import RDFModel

/// `sh:property` (https://www.w3.org/TR/shacl/#PropertyConstraintComponent): each value node is
/// validated against the property shape, and that shape's results are the results.
struct Property: ConstraintComponent {
    static let iri = SH.propertyConstraintComponent
    let shape: Int

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Property] {
        try reader.values(SH.property).map { value in
            guard !reader.graph.objects(of: value, SH.path).isEmpty else {
                throw reader.error(SH.property, value, "the value of sh:property must be a property shape (with an sh:path), \(value) has none", section: "property-shapes")
            }
            return Property(shape: try shapes.index(of: value, from: reader, parameter: SH.property))
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            context.evaluator.validate(value, against: shape, into: context.sink)
            if context.isDone { return }
        }
    }
}
