import RDFModel

/// `sh:maxCount` (https://www.w3.org/TR/shacl/#MaxCountConstraintComponent): "the maximum number of
/// value nodes that satisfy the condition"; a focus node with more value nodes fails, with one
/// result and no `sh:value`.
struct MaxCount: ConstraintComponent {
    static let iri = SH.maxCountConstraintComponent
    let maximum: Int

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MaxCount] {
        guard let value = try reader.nonNegativeInteger(SH.maxCount, section: "MaxCountConstraintComponent") else { return [] }
        return [MaxCount(maximum: value)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        if context.values.count > maximum {
            context.report(Self.iri, value: nil, message: "More than \(maximum) values (found \(context.values.count))")
        }
    }
}
