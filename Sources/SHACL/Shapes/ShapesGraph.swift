import RDFModel

/// The shapes of a shapes graph (https://www.w3.org/TR/shacl/#shapes-graph), read and checked once
/// so that many data graphs can be validated against them.
///
/// A node is a shape when it is a SHACL instance of `sh:NodeShape` or `sh:PropertyShape`, the
/// subject of a target or of a SHACL Core parameter, or the value of a shape-expecting parameter
/// (`sh:node`, `sh:property`, `sh:not`, `sh:qualifiedValueShape`, members of `sh:and`, `sh:or`,
/// `sh:xone`). Reading refuses ill-formed shapes, naming the shape and the triple, and refuses
/// SHACL-SPARQL (`sh:sparql`, SPARQL-based constraint components and targets), which Communique
/// does not implement, rather than ignoring it.
public struct ShapesGraph: Sendable {
    /// The shapes graph itself.
    public let graph: Graph
    /// Every shape, sorted by node.
    public let shapes: [Shape]

    /// Reads the shapes of a graph.
    ///
    /// - Throws: ``ShapesError`` for an ill-formed shape or an unsupported feature.
    public init(_ graph: Graph) throws {
        self.graph = graph
        try ShapesGraph.refuseUnsupported(graph)
        let nodes = ShapesGraph.shapeNodes(in: graph)
        let indexer = ShapeIndexer(indexes: Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) }))
        let classLike = ShapesGraph.instances(of: [RDFS.Class], in: graph)
        let nodeShapes = ShapesGraph.instances(of: [SH.NodeShape], in: graph)
        let propertyShapes = ShapesGraph.instances(of: [SH.PropertyShape], in: graph)
        shapes = try nodes.map { node in
            try ShapesGraph.readShape(
                node, in: graph, indexer: indexer, isImplicitClass: classLike.contains(node)
                    && (nodeShapes.contains(node) || propertyShapes.contains(node)),
                isDeclaredNodeShape: nodeShapes.contains(node))
        }
    }

    /// The shapes that have targets and are not deactivated: where validation starts.
    public var targetedShapes: [Shape] { shapes.filter { !$0.targets.isEmpty && !$0.isDeactivated } }

    // MARK: Reading

    private static func readShape(
        _ node: Term, in graph: Graph, indexer: ShapeIndexer, isImplicitClass: Bool, isDeclaredNodeShape: Bool
    ) throws -> Shape {
        let reader = ShapeReader(graph: graph, shape: node)
        if node.isLiteral {
            throw ShapesError(.illFormed, shape: node, triple: nil, message: "a literal cannot be a shape", specReference: "https://www.w3.org/TR/shacl/#shapes")
        }
        var path: PropertyPath?
        if let pathNode = try reader.single(SH.path, section: "property-shapes") {
            if isDeclaredNodeShape {
                throw reader.error(SH.path, pathNode, "an sh:NodeShape cannot have an sh:path", section: "node-shapes")
            }
            path = try PropertyPath.parse(pathNode, in: graph, shape: node).path
        } else if let parameter = ComponentTable.propertyShapeOnly.first(where: reader.has) {
            throw reader.error(
                parameter, reader.values(parameter).first,
                "\(SHName(parameter)) is allowed only in property shapes, and this shape has no sh:path", section: "node-shapes")
        }
        let severity = try reader.iri(SH.severity, section: "severity").map(Severity.init) ?? .violation
        let messages = try reader.values(SH.message).map { value -> Literal in
            guard case .literal(let literal) = value, literal.datatype == XSD.string || literal.language != nil else {
                throw reader.error(SH.message, value, "sh:message must be a string literal, found \(value)", section: "message")
            }
            return literal
        }
        let deactivated = try reader.boolean(SH.deactivated, section: "deactivated") ?? false
        let targets = try Target.parse(reader, isImplicitClass: isImplicitClass)
        var constraints: [any ConstraintComponent] = []
        for entry in ComponentTable.entries where entry.parameters.contains(where: reader.has) {
            constraints += try entry.parse(reader, indexer)
        }
        return Shape(
            node: node, path: path, targets: targets, severity: severity, messages: messages,
            isDeactivated: deactivated, constraints: constraints)
    }

    // MARK: Finding shapes

    /// The SHACL instances of the classes in the shapes graph (rdf:type, then rdfs:subClassOf*).
    static func instances(of classes: [IRI], in graph: Graph) -> Set<Term> {
        var classSet = Set(classes.map(Term.iri))
        var queue = Array(classSet)
        while let next = queue.popLast() {
            for sub in graph.subjects(RDFS.subClassOf, next) where classSet.insert(sub).inserted { queue.append(sub) }
        }
        var out: Set<Term> = []
        for type in classSet { out.formUnion(graph.subjects(RDF.type, type)) }
        return out
    }

    static func shapeNodes(in graph: Graph) -> [Term] {
        var nodes = instances(of: [SH.NodeShape, SH.PropertyShape], in: graph)
        for predicate in [SH.targetNode, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.path] + ComponentTable.parameters {
            for triple in graph.triples(predicate: predicate) { nodes.insert(triple.subject) }
        }
        for predicate in [SH.node, SH.property, SH.not, SH.qualifiedValueShape] {
            for triple in graph.triples(predicate: predicate) { nodes.insert(triple.object) }
        }
        for predicate in [SH.and, SH.or, SH.xone] {
            for triple in graph.triples(predicate: predicate) {
                var cell = triple.object
                var seen: Set<Term> = []
                while cell != .iri(RDF.nil), seen.insert(cell).inserted, let first = graph.firstObject(of: cell, RDF.first) {
                    nodes.insert(first)
                    guard let rest = graph.firstObject(of: cell, RDF.rest) else { break }
                    cell = rest
                }
            }
        }
        // The cells of lists and path nodes are not shapes even though they carry parameters' values.
        return nodes.sorted()
    }

    /// SHACL-SPARQL and SHACL-AF constructs that would change the results if ignored.
    static func refuseUnsupported(_ graph: Graph) throws {
        let unsupported: [(IRI, String)] = [
            (SH.sparql, "SPARQL-based constraints (sh:sparql, SHACL §5)"),
            (SH.validator, "SPARQL-based constraint components (sh:validator, SHACL §6)"),
            (SH.nodeValidator, "SPARQL-based constraint components (sh:nodeValidator, SHACL §6)"),
            (SH.propertyValidator, "SPARQL-based constraint components (sh:propertyValidator, SHACL §6)"),
            (SH.target, "custom targets (sh:target, SHACL Advanced Features)"),
        ]
        for (predicate, feature) in unsupported {
            if let triple = graph.triples(predicate: predicate).sorted().first {
                throw ShapesError(
                    .unsupported, shape: triple.subject, triple: triple,
                    message: "the shapes graph uses \(feature), which Communique does not support (it implements SHACL Core); remove the constraint or validate with a SHACL-SPARQL engine",
                    specReference: "https://www.w3.org/TR/shacl/#sparql-constraints")
            }
        }
    }
}
