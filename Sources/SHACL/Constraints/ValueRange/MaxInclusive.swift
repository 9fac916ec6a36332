import RDFModel

/// `sh:maxInclusive` (https://www.w3.org/TR/shacl/#MaxInclusiveConstraintComponent): "each value node is less than or equal to the value of sh:maxInclusive",
/// compared as SPARQL's operators compare (see ValueRange).
struct MaxInclusive: ConstraintComponent {
    static let iri = SH.maxInclusiveConstraintComponent
    let range: ValueRange

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MaxInclusive] {
        guard let range = try ValueRange.parse(reader, SH.maxInclusive, section: "MaxInclusiveConstraintComponent", accepted: [.less, .equal])
        else { return [] }
        return [MaxInclusive(range: range)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        range.evaluate(&context, component: Self.iri, relation: "less than or equal to")
    }
}
