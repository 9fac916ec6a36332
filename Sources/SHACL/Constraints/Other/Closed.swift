import RDFModel

/// `sh:closed true` with `sh:ignoredProperties` (https://www.w3.org/TR/shacl/#ClosedConstraintComponent):
/// each value node has no triple whose predicate is neither the predicate path of one of the
/// shape's `sh:property` shapes nor an ignored property. Each such triple is a result with the
/// predicate as `sh:resultPath` and the object as `sh:value`.
struct Closed: ConstraintComponent {
    static let iri = SH.closedConstraintComponent
    let allowed: Set<IRI>
    private var allowedIDs: Set<TermID> = []

    init(allowed: Set<IRI>) { self.allowed = allowed }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Closed] {
        let section = "ClosedConstraintComponent"
        let ignored = try reader.list(SH.ignoredProperties, section: section)
        guard let closed = try reader.boolean(SH.closed, section: section), closed else { return [] }
        var allowed: Set<IRI> = []
        for member in ignored ?? [] {
            guard case .iri(let iri) = member else {
                throw reader.error(SH.ignoredProperties, member, "sh:ignoredProperties must list IRIs, found \(member)", section: section)
            }
            allowed.insert(iri)
        }
        for property in reader.values(SH.property) {
            for path in reader.graph.objects(of: property, SH.path) {
                if case .iri(let iri) = path { allowed.insert(iri) }
            }
        }
        return [Closed(allowed: allowed)]
    }

    mutating func bind(to data: DataGraph) {
        allowedIDs = Set(allowed.compactMap { data.graph.id(of: $0) })
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            for pair in context.data.outgoing(value) where !allowedIDs.contains(TermID(pair >> 32)) {
                guard case .iri(let predicate) = context.data.term(TermID(pair >> 32)) else { continue }
                context.report(
                    Self.iri, value: TermID(truncatingIfNeeded: pair), path: predicate,
                    message: "Predicate \(predicate) is not allowed (closed shape)")
                if context.isDone { return }
            }
        }
    }
}
