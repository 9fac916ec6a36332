import RDFModel

/// `sh:xone` (https://www.w3.org/TR/shacl/#XoneConstraintComponent): each value node
/// conforms to exactly one of the given shapes of the SHACL list; a value node that does not is a result.
struct Xone: ConstraintComponent {
    static let iri = SH.xoneConstraintComponent
    let shapes: [Int]

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Xone] {
        try parseShapeLists(reader, shapes, SH.xone, section: "XoneConstraintComponent").map { Xone(shapes: $0) }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where !(exactlyOne(value, context)) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) does not conform to exactly one shape of sh:xone")
            if context.isDone { return }
        }
    }

    private func exactlyOne(_ value: TermID, _ context: EvaluationContext) -> Bool {
        var count = 0
        for shape in shapes where context.conforms(value, to: shape) {
            count += 1
            if count > 1 { return false }
        }
        return count == 1
    }
}
