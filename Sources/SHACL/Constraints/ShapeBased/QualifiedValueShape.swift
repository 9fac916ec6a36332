import RDFModel

/// `sh:qualifiedValueShape` with `sh:qualifiedMinCount`, `sh:qualifiedMaxCount` and
/// `sh:qualifiedValueShapesDisjoint` (https://www.w3.org/TR/shacl/#QualifiedValueShapeConstraintComponent):
/// the number of value nodes that conform to the shape (and, when disjoint, to none of the
/// sibling shapes: the qualified value shapes of the other property shapes of the same parent
/// shapes) is at least the minimum and at most the maximum. Results come from
/// `sh:QualifiedMinCountConstraintComponent` or `sh:QualifiedMaxCountConstraintComponent`, without `sh:value`.
struct QualifiedValueShape: ConstraintComponent {
    static let iri = SH.qualifiedMinCountConstraintComponent
    let shape: Int
    let minimum: Int?
    let maximum: Int?
    let siblings: [Int]

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [QualifiedValueShape] {
        let section = "QualifiedValueShapeConstraintComponent"
        let minimum = try reader.nonNegativeInteger(SH.qualifiedMinCount, section: section)
        let maximum = try reader.nonNegativeInteger(SH.qualifiedMaxCount, section: section)
        let disjoint = try reader.boolean(SH.qualifiedValueShapesDisjoint, section: section) ?? false
        let values = reader.values(SH.qualifiedValueShape)
        // Without sh:qualifiedValueShape (its mandatory parameter) the component is not active
        // (core/node/qualified-001 has a stray sh:qualifiedMinCount on a node shape).
        if values.isEmpty { return [] }
        guard minimum != nil || maximum != nil else {
            throw reader.error(SH.qualifiedValueShape, values[0], "sh:qualifiedValueShape needs sh:qualifiedMinCount or sh:qualifiedMaxCount", section: section)
        }
        var siblings: [Int] = []
        if disjoint {
            var seen: Set<Term> = []
            for parent in reader.graph.subjects(SH.property, reader.shape) {
                for sibling in reader.graph.objects(of: parent, SH.property) where sibling != reader.shape {
                    for qvs in reader.graph.objects(of: sibling, SH.qualifiedValueShape) where !values.contains(qvs) && seen.insert(qvs).inserted {
                        siblings.append(try shapes.index(of: qvs, from: reader, parameter: SH.qualifiedValueShape))
                    }
                }
            }
        }
        return try values.map { value in
            QualifiedValueShape(
                shape: try shapes.index(of: value, from: reader, parameter: SH.qualifiedValueShape),
                minimum: minimum, maximum: maximum, siblings: siblings)
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        var count = 0
        for value in context.values where context.conforms(value, to: shape) {
            if siblings.contains(where: { context.conforms(value, to: $0) }) { continue }
            count += 1
        }
        if let minimum, count < minimum {
            context.report(SH.qualifiedMinCountConstraintComponent, value: nil, message: "Less than \(minimum) values conform to the qualified value shape (found \(count))")
        }
        if let maximum, count > maximum {
            context.report(SH.qualifiedMaxCountConstraintComponent, value: nil, message: "More than \(maximum) values conform to the qualified value shape (found \(count))")
        }
    }
}
