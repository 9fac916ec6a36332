import RDFModel

/// `sh:node` (https://www.w3.org/TR/shacl/#NodeConstraintComponent): "each value node conforms to
/// the given node shape"; a value node that does not is one result (the nested results are not
/// repeated).
struct Node: ConstraintComponent {
    static let iri = SH.nodeConstraintComponent
    let shape: Int
    let shapeNode: Term

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Node] {
        try reader.values(SH.node).map { value in
            Node(shape: try shapes.index(of: value, from: reader, parameter: SH.node), shapeNode: value)
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where !context.conforms(value, to: shape) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) does not conform to shape \(shapeNode)")
            if context.isDone { return }
        }
    }
}
