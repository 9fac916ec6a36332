import RDFModel

/// `sh:minInclusive` (https://www.w3.org/TR/shacl/#MinInclusiveConstraintComponent): "each value node is greater than or equal to the value of sh:minInclusive",
/// compared as SPARQL's operators compare (see ValueRange).
struct MinInclusive: ConstraintComponent {
    static let iri = SH.minInclusiveConstraintComponent
    let range: ValueRange

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MinInclusive] {
        guard let range = try ValueRange.parse(reader, SH.minInclusive, section: "MinInclusiveConstraintComponent", accepted: [.greater, .equal])
        else { return [] }
        return [MinInclusive(range: range)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        range.evaluate(&context, component: Self.iri, relation: "greater than or equal to")
    }
}
