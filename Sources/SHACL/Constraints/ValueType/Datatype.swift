import RDFModel

/// `sh:datatype` (https://www.w3.org/TR/shacl/#DatatypeConstraintComponent): each value node is a
/// literal whose datatype is the given one and, for the XSD datatypes Communique knows, whose
/// lexical form is well-formed: `"abc"^^xsd:integer` is not an `xsd:integer` value (it is ill-typed).
struct Datatype: ConstraintComponent {
    static let iri = SH.datatypeConstraintComponent
    let datatype: IRI
    private let space: LexicalSpace

    init(datatype: IRI) {
        self.datatype = datatype
        space = LexicalSpace(datatype)
    }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Datatype] {
        try reader.values(SH.datatype).map { value in
            guard case .iri(let iri) = value else {
                throw reader.error(SH.datatype, value, "sh:datatype must be an IRI, found \(value)", section: "DatatypeConstraintComponent")
            }
            return Datatype(datatype: iri)
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            if case .literal(let literal) = context.data.term(value), space.admits(literal) {
                continue
            }
            context.report(Self.iri, value: value, message: message(context.data.term(value)))
            if context.isDone { return }
        }
    }

    private func message(_ value: Term) -> String {
        if case .literal(let literal) = value, literal.datatype == datatype {
            return "Value \(value) is ill-typed: \"\(literal.lexicalForm)\" is not in the lexical space of \(datatype)"
        }
        return "Value \(value) does not have datatype \(datatype)"
    }
}
