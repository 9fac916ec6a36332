import RDFModel

/// A SHACL Core constraint component (https://www.w3.org/TR/shacl/#core-components): the
/// parameters it read from one shape, bound to a data graph, and its validator.
///
/// One file per component under `Constraints/<SpecSection>/` holds the struct, its parameter
/// parsing (`parse`), its evaluation and its messages.
protocol ConstraintComponent: Sendable {
    /// The component's IRI, such as `sh:MinCountConstraintComponent`; results carry it as
    /// `sh:sourceConstraintComponent`.
    static var iri: IRI { get }

    /// Reads the component's parameters from a shape: one constraint per parameter value, none when the shape does not use the component.
    ///
    /// - Throws: ``ShapesError`` naming the shape and triple when a parameter value is ill-formed.
    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Self]

    /// Resolves the terms the component compares against to the data graph's identifiers.
    mutating func bind(to data: DataGraph)

    /// Validates the context's value nodes, reporting each failure to the context.
    func evaluate(_ context: inout EvaluationContext)
}

extension ConstraintComponent {
    mutating func bind(to data: DataGraph) {}
}

/// Finds the index of a shape that a shape-expecting parameter (`sh:node`, `sh:not`, `sh:and`
/// members, ...) names.
struct ShapeIndexer: Sendable {
    let indexes: [Term: Int]

    func index(of node: Term, from reader: ShapeReader, parameter: IRI) throws -> Int {
        guard let index = indexes[node] else {
            throw reader.error(parameter, node, "\(SHName(parameter)) must name a shape (an IRI or a blank node), found \(node)", section: "shapes")
        }
        return index
    }
}
