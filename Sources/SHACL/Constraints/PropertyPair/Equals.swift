import RDFModel

/// `sh:equals` (https://www.w3.org/TR/shacl/#EqualsConstraintComponent): "the set of all value
/// nodes is equal to the set of objects of the triples that have the focus node as subject and
/// the value of sh:equals as predicate"; each node in one set and not the other is a result.
struct Equals: ConstraintComponent {
    static let iri = SH.equalsConstraintComponent
    var pair: PropertyPair

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Equals] {
        try PropertyPair.parse(reader, SH.equals, section: "EqualsConstraintComponent").map { Equals(pair: $0) }
    }

    mutating func bind(to data: DataGraph) { pair.bind(to: data) }

    func evaluate(_ context: inout EvaluationContext) {
        let others = pair.otherValues(context)
        let valueSet = Set(context.values)
        let otherSet = Set(others)
        for value in context.values where !otherSet.contains(value) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) is not a value of \(pair.property)")
            if context.isDone { return }
        }
        for other in others where !valueSet.contains(other) {
            context.report(Self.iri, value: other, message: "Value \(context.show(other)) of \(pair.property) is missing")
            if context.isDone { return }
        }
    }
}
