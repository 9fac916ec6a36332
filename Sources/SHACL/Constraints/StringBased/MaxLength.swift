import RDFModel

/// `sh:maxLength` (https://www.w3.org/TR/shacl/#MaxLengthConstraintComponent): "the maximum string
/// length of each value node", the length of `str(v)` in characters (code points); blank nodes fail.
struct MaxLength: ConstraintComponent {
    static let iri = SH.maxLengthConstraintComponent
    let maximum: Int

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MaxLength] {
        guard let value = try reader.nonNegativeInteger(SH.maxLength, section: "MaxLengthConstraintComponent") else { return [] }
        return [MaxLength(maximum: value)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            let term = context.data.term(value)
            if let string = stringValue(term), string.unicodeScalars.count <= maximum { continue }
            context.report(Self.iri, value: value, message: "Value \(term) is longer than \(maximum) characters")
            if context.isDone { return }
        }
    }
}
