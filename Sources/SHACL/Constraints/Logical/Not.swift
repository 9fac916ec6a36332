import RDFModel

/// `sh:not` (https://www.w3.org/TR/shacl/#NotConstraintComponent): "each value node does not conform
/// to the given shape"; a value node that conforms is a result.
struct Not: ConstraintComponent {
    static let iri = SH.notConstraintComponent
    let shape: Int
    let shapeNode: Term

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Not] {
        try reader.values(SH.not).map { value in
            Not(shape: try shapes.index(of: value, from: reader, parameter: SH.not), shapeNode: value)
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where context.conforms(value, to: shape) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) conforms to \(shapeNode), which sh:not forbids")
            if context.isDone { return }
        }
    }
}
