import RDFModel

/// `sh:lessThanOrEquals` (https://www.w3.org/TR/shacl/#LessThanOrEqualsConstraintComponent): each value node is
/// less than or equal to each object of the focus node's triples with the given property, compared as
/// SPARQL's operators compare; a pair that is not, or cannot be compared (an IRI, values of
/// different kinds), gives a result for the value node.
struct LessThanOrEquals: ConstraintComponent {
    static let iri = SH.lessThanOrEqualsConstraintComponent
    var pair: PropertyPair

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [LessThanOrEquals] {
        try PropertyPair.parse(reader, SH.lessThanOrEquals, section: "LessThanOrEqualsConstraintComponent").map { LessThanOrEquals(pair: $0) }
    }

    mutating func bind(to data: DataGraph) { pair.bind(to: data) }

    func evaluate(_ context: inout EvaluationContext) {
        pair.reportValuesNotOrdered([.less, .equal], relation: "less than or equal to", component: Self.iri, &context)
    }
}
