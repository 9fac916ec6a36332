import RDFModel

/// `sh:and` (https://www.w3.org/TR/shacl/#AndConstraintComponent): each value node
/// conforms to all the given shapes of the SHACL list; a value node that does not is a result.
struct And: ConstraintComponent {
    static let iri = SH.andConstraintComponent
    let shapes: [Int]

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [And] {
        try parseShapeLists(reader, shapes, SH.and, section: "AndConstraintComponent").map { And(shapes: $0) }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where !(shapes.allSatisfy { context.conforms(value, to: $0) }) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) does not conform to every shape of sh:and")
            if context.isDone { return }
        }
    }
}
