import RDFModel

/// The shared part of the property pair components (https://www.w3.org/TR/shacl/#core-components-property-pairs):
/// the parameter is a property, and the focus node's values of that property are compared with the value nodes.
struct PropertyPair: Sendable {
    let property: IRI
    private(set) var propertyID: TermID?

    init(property: IRI) { self.property = property }

    /// Reads every value of a property-pair parameter (each must be an IRI).
    static func parse(_ reader: ShapeReader, _ parameter: IRI, section: String) throws -> [PropertyPair] {
        try reader.iris(parameter, section: section).map(PropertyPair.init)
    }

    mutating func bind(to data: DataGraph) { propertyID = data.graph.id(of: property) }

    /// The objects of the focus node's triples with the property.
    func otherValues(_ context: EvaluationContext) -> [TermID] {
        guard let propertyID else { return [] }
        return Array(context.data.objects(context.focus, propertyID))
    }
}
