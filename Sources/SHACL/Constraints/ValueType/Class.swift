import RDFModel

/// `sh:class` (https://www.w3.org/TR/shacl/#ClassConstraintComponent): "each value node is a SHACL
/// instance of" the class, that is, it has an `rdf:type` that is the class or one of its
/// `rdfs:subClassOf*` subclasses in the data graph. A literal is never an instance.
struct Class: ConstraintComponent {
    static let iri = SH.classConstraintComponent
    let classTerm: Term
    private var classes: Set<TermID> = []

    init(classTerm: Term) { self.classTerm = classTerm }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Class] {
        try reader.values(SH.class).map { value in
            guard !value.isLiteral else {
                throw reader.error(SH.class, value, "sh:class must be an IRI or a blank node, found \(value)", section: "ClassConstraintComponent")
            }
            return Class(classTerm: value)
        }
    }

    mutating func bind(to data: DataGraph) {
        classes = data.existingID(classTerm).map { data.subclassClosure(of: $0) } ?? []
    }

    func evaluate(_ context: inout EvaluationContext) {
        let data = context.data
        for value in context.values where !data.isInstance(value, ofAny: classes) {
            context.report(Self.iri, value: value, message: message(context.show(value)))
            if context.isDone { return }
        }
    }

    private func message(_ value: String) -> String { "Value \(value) is not an instance of \(classTerm)" }
}
