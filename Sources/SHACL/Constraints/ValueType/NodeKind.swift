import RDFModel

/// `sh:nodeKind` (https://www.w3.org/TR/shacl/#NodeKindConstraintComponent): each value node is of
/// the kind named: `sh:BlankNode`, `sh:IRI`, `sh:Literal`, `sh:BlankNodeOrIRI`,
/// `sh:BlankNodeOrLiteral` or `sh:IRIOrLiteral`.
struct NodeKind: ConstraintComponent {
    static let iri = SH.nodeKindConstraintComponent
    let kind: IRI
    private let allowsIRI: Bool
    private let allowsBlankNode: Bool
    private let allowsLiteral: Bool

    init?(kind: IRI) {
        switch kind {
        case SH.IRI: (allowsIRI, allowsBlankNode, allowsLiteral) = (true, false, false)
        case SH.BlankNode: (allowsIRI, allowsBlankNode, allowsLiteral) = (false, true, false)
        case SH.Literal: (allowsIRI, allowsBlankNode, allowsLiteral) = (false, false, true)
        case SH.BlankNodeOrIRI: (allowsIRI, allowsBlankNode, allowsLiteral) = (true, true, false)
        case SH.BlankNodeOrLiteral: (allowsIRI, allowsBlankNode, allowsLiteral) = (false, true, true)
        case SH.IRIOrLiteral: (allowsIRI, allowsBlankNode, allowsLiteral) = (true, false, true)
        default: return nil
        }
        self.kind = kind
    }

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [NodeKind] {
        guard let value = try reader.single(SH.nodeKind, section: "NodeKindConstraintComponent") else { return [] }
        guard case .iri(let iri) = value, let component = NodeKind(kind: iri) else {
            throw reader.error(
                SH.nodeKind, value,
                "sh:nodeKind must be one of sh:BlankNode, sh:IRI, sh:Literal, sh:BlankNodeOrIRI, sh:BlankNodeOrLiteral, sh:IRIOrLiteral; found \(value)",
                section: "NodeKindConstraintComponent")
        }
        return [component]
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            let ok: Bool =
                switch context.data.term(value) {
                case .iri: allowsIRI
                case .blankNode: allowsBlankNode
                case .literal: allowsLiteral
                }
            if ok { continue }
            context.report(Self.iri, value: value, message: "Value \(context.show(value)) is not of node kind \(SHName(kind))")
            if context.isDone { return }
        }
    }
}
