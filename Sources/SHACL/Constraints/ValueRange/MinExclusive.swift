import RDFModel

/// `sh:minExclusive` (https://www.w3.org/TR/shacl/#MinExclusiveConstraintComponent): "each value node is greater than the value of sh:minExclusive",
/// compared as SPARQL's operators compare (see ValueRange).
struct MinExclusive: ConstraintComponent {
    static let iri = SH.minExclusiveConstraintComponent
    let range: ValueRange

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MinExclusive] {
        guard let range = try ValueRange.parse(reader, SH.minExclusive, section: "MinExclusiveConstraintComponent", accepted: [.greater])
        else { return [] }
        return [MinExclusive(range: range)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        range.evaluate(&context, component: Self.iri, relation: "greater than")
    }
}
