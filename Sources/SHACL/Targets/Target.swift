import RDFModel

/// A target declaration (https://www.w3.org/TR/shacl/#targets): how a shape finds its focus nodes.
public enum Target: Hashable, Sendable, CustomStringConvertible {
    /// `sh:targetNode`: the node itself (https://www.w3.org/TR/shacl/#targetNode).
    case node(Term)
    /// `sh:targetClass`, or an implicit class target: every SHACL instance of the class, that is
    /// every node with an `rdf:type` that is the class or one of its `rdfs:subClassOf*` subclasses
    /// in the data graph (https://www.w3.org/TR/shacl/#targetClass).
    case `class`(Term)
    /// `sh:targetSubjectsOf`: every subject of a triple with the predicate (https://www.w3.org/TR/shacl/#targetSubjectsOf).
    case subjectsOf(IRI)
    /// `sh:targetObjectsOf`: every object of a triple with the predicate (https://www.w3.org/TR/shacl/#targetObjectsOf).
    case objectsOf(IRI)

    public var description: String {
        switch self {
        case .node(let term): "sh:targetNode \(term)"
        case .class(let term): "sh:targetClass \(term)"
        case .subjectsOf(let iri): "sh:targetSubjectsOf \(iri)"
        case .objectsOf(let iri): "sh:targetObjectsOf \(iri)"
        }
    }

    /// Reads the target declarations of a shape.
    static func parse(_ reader: ShapeReader, isImplicitClass: Bool) throws -> [Target] {
        var targets: [Target] = []
        targets += reader.values(SH.targetNode).map(Target.node)
        for value in reader.values(SH.targetClass) {
            guard !value.isLiteral else {
                throw reader.error(SH.targetClass, value, "sh:targetClass must be an IRI or a blank node, found \(value)", section: "targetClass")
            }
            targets.append(.class(value))
        }
        targets += try reader.iris(SH.targetSubjectsOf, section: "targetSubjectsOf").map(Target.subjectsOf)
        targets += try reader.iris(SH.targetObjectsOf, section: "targetObjectsOf").map(Target.objectsOf)
        if isImplicitClass, !targets.contains(.class(reader.shape)) { targets.append(.class(reader.shape)) }
        return targets
    }

    /// The focus nodes this target selects in the data graph, each once, in index order.
    func focusNodes(in data: DataGraph) -> [TermID] {
        switch self {
        case .node(let term):
            return [data.id(term)]
        case .class(let term):
            guard let classID = data.existingID(term), let rdfType = data.rdfType else { return [] }
            let classes = data.subclassClosure(of: classID)
            if classes.count == 1 { return Array(data.subjects(rdfType, classID)) }
            var seen: Set<TermID> = []
            var out: [TermID] = []
            for type in classes.sorted() {
                for node in data.subjects(rdfType, type) where seen.insert(node).inserted { out.append(node) }
            }
            return out
        case .subjectsOf(let iri):
            guard let p = data.graph.id(of: iri) else { return [] }
            return data.subjects(of: p)
        case .objectsOf(let iri):
            guard let p = data.graph.id(of: iri) else { return [] }
            return data.objects(of: p)
        }
    }
}
