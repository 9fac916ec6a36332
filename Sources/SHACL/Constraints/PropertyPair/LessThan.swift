import RDFModel

/// `sh:lessThan` (https://www.w3.org/TR/shacl/#LessThanConstraintComponent): each value node is
/// less than each object of the focus node's triples with the given property, compared as
/// SPARQL's operators compare; a pair that is not, or cannot be compared (an IRI, values of
/// different kinds), gives a result for the value node.
struct LessThan: ConstraintComponent {
    static let iri = SH.lessThanConstraintComponent
    var pair: PropertyPair

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [LessThan] {
        try PropertyPair.parse(reader, SH.lessThan, section: "LessThanConstraintComponent").map { LessThan(pair: $0) }
    }

    mutating func bind(to data: DataGraph) { pair.bind(to: data) }

    func evaluate(_ context: inout EvaluationContext) {
        pair.reportValuesNotOrdered([.less], relation: "less than", component: Self.iri, &context)
    }
}
