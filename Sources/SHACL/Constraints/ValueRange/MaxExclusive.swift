import RDFModel

/// `sh:maxExclusive` (https://www.w3.org/TR/shacl/#MaxExclusiveConstraintComponent): "each value node is less than the value of sh:maxExclusive",
/// compared as SPARQL's operators compare (see ValueRange).
struct MaxExclusive: ConstraintComponent {
    static let iri = SH.maxExclusiveConstraintComponent
    let range: ValueRange

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MaxExclusive] {
        guard let range = try ValueRange.parse(reader, SH.maxExclusive, section: "MaxExclusiveConstraintComponent", accepted: [.less])
        else { return [] }
        return [MaxExclusive(range: range)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        range.evaluate(&context, component: Self.iri, relation: "less than")
    }
}
