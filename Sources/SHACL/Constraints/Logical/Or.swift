import RDFModel

/// `sh:or` (https://www.w3.org/TR/shacl/#OrConstraintComponent): each value node
/// conforms to at least one of the given shapes of the SHACL list; a value node that does not is a result.
struct Or: ConstraintComponent {
    static let iri = SH.orConstraintComponent
    let shapes: [Int]

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Or] {
        try parseShapeLists(reader, shapes, SH.or, section: "OrConstraintComponent").map { Or(shapes: $0) }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where !(shapes.contains { context.conforms(value, to: $0) }) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) conforms to none of the shapes of sh:or")
            if context.isDone { return }
        }
    }
}
