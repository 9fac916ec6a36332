import RDFModel

/// `sh:minLength` (https://www.w3.org/TR/shacl/#MinLengthConstraintComponent): "the minimum string
/// length of each value node", the length of `str(v)` in characters (code points); blank nodes fail.
struct MinLength: ConstraintComponent {
    static let iri = SH.minLengthConstraintComponent
    let minimum: Int

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [MinLength] {
        guard let value = try reader.nonNegativeInteger(SH.minLength, section: "MinLengthConstraintComponent") else { return [] }
        return [MinLength(minimum: value)]
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            let term = context.data.term(value)
            if let string = stringValue(term), string.unicodeScalars.count >= minimum { continue }
            context.report(Self.iri, value: value, message: "Value \(term) is shorter than \(minimum) characters")
            if context.isDone { return }
        }
    }
}
