import RDFModel

/// `sh:minCount` (https://www.w3.org/TR/shacl/#MinCountConstraintComponent): "the minimum number of
/// value nodes that satisfy the condition"; a focus node with fewer value nodes fails, with one
/// result and no `sh:value`.
struct MinCount: ConstraintComponent {
    static let iri = SH.minCountConstraintComponent
    let minimum: Int

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MinCount] {
        guard let value = try reader.nonNegativeInteger(SH.minCount, section: "MinCountConstraintComponent") else { return [] }
        return [MinCount(minimum: value)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        if context.values.count < minimum {
            context.report(Self.iri, value: nil, message: "Less than \(minimum) values (found \(context.values.count))")
        }
    }
}
