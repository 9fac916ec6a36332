import RDFModel

/// `sh:disjoint` (https://www.w3.org/TR/shacl/#DisjointConstraintComponent): "the set of value nodes
/// is disjoint with the set of objects of the triples that have the focus node as subject and the
/// value of sh:disjoint as predicate"; each shared node is a result.
struct Disjoint: ConstraintComponent {
    static let iri = SH.disjointConstraintComponent
    var pair: PropertyPair

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Disjoint] {
        try PropertyPair.parse(reader, SH.disjoint, section: "DisjointConstraintComponent").map { Disjoint(pair: $0) }
    }

    mutating func bind(to data: DataGraph) { pair.bind(to: data) }

    func evaluate(_ context: inout EvaluationContext) {
        let others = Set(pair.otherValues(context))
        guard !others.isEmpty else { return }
        for value in context.values where others.contains(value) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) is also a value of \(pair.property)")
            if context.isDone { return }
        }
    }
}
