import RDFModel

/// `sh:in` (https://www.w3.org/TR/shacl/#InConstraintComponent): "each value node is a member of"
/// the SHACL list, compared as RDF terms (`"1"^^xsd:integer` is not `"01"^^xsd:integer`).
struct In: ConstraintComponent {
    static let iri = SH.inConstraintComponent
    let members: [Term]
    private var memberIDs: Set<TermID> = []

    init(members: [Term]) { self.members = members }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [In] {
        guard let members = try reader.list(SH.in, section: "InConstraintComponent") else { return [] }
        return [In(members: members)]
    }

    mutating func bind(to data: DataGraph) {
        memberIDs = Set(members.map { data.id($0) })
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values where !memberIDs.contains(value) {
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) is not in (\(members.map(\.description).joined(separator: " ")))")
            if context.isDone { return }
        }
    }
}
