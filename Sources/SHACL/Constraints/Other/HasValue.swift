import RDFModel

/// `sh:hasValue` (https://www.w3.org/TR/shacl/#HasValueConstraintComponent): "at least one value
/// node is equal to the given RDF term"; otherwise one result without `sh:value`.
struct HasValue: ConstraintComponent {
    static let iri = SH.hasValueConstraintComponent
    let expected: Term
    private var expectedID: TermID = .max

    init(expected: Term) { self.expected = expected }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [HasValue] {
        reader.values(SH.hasValue).map(HasValue.init)
    }

    mutating func bind(to data: DataGraph) { expectedID = data.id(expected) }

    func evaluate(_ context: inout EvaluationContext) {
        if !context.values.contains(expectedID) {
            context.report(Self.iri, value: nil, message: "Missing expected value \(expected)")
        }
    }
}
