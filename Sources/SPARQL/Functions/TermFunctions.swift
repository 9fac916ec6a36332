import Foundation
import RDFModel

/// The functions on RDF terms (§17.4.2): STR, LANG, DATATYPE, IRI, BNODE, STRDT, STRLANG, UUID,
/// STRUUID, sameTerm, isIRI, isBLANK, isLITERAL, isNUMERIC, LANGMATCHES.
extension FunctionLibrary {
    static func termFunction(_ name: String, _ arguments: [Term], context: inout FunctionContext) throws -> Term? {
        switch name {
        case "STR":
            switch arguments[0] {
            case .iri(let iri): return .string(iri.string)
            case .literal(let literal): return .string(literal.lexicalForm)
            case .blankNode: throw ExpressionError("STR of a blank node")
            }
        case "LANG":
            guard case .literal(let literal) = arguments[0] else { throw ExpressionError("LANG of a non-literal") }
            return .string(literal.language ?? "")
        case "DATATYPE":
            guard case .literal(let literal) = arguments[0] else { throw ExpressionError("DATATYPE of a non-literal") }
            return .iri(literal.datatype)
        case "IRI", "URI":
            switch arguments[0] {
            case .iri: return arguments[0]
            case .literal(let literal) where literal.language == nil && literal.datatype == XSD.string:
                let resolved = IRIResolver.resolve(literal.lexicalForm, against: context.baseIRI)
                guard let iri = try? IRI(resolved) else { throw ExpressionError("\(resolved) is not an IRI") }
                return .iri(iri)
            default: throw ExpressionError("IRI needs a simple literal or an IRI")
            }
        case "BNODE":
            if arguments.isEmpty { return .blankNode(freshBlankNode(&context)) }
            let label = try simpleString(arguments[0])
            if let node = context.blankNodesOfSolution[label] { return .blankNode(node) }
            let node = freshBlankNode(&context)
            context.blankNodesOfSolution[label] = node
            return .blankNode(node)
        case "STRDT":
            let lexical = try simpleString(arguments[0])
            guard case .iri(let datatype) = arguments[1] else { throw ExpressionError("STRDT needs a datatype IRI") }
            return .literal(Literal(lexical, datatype: datatype))
        case "STRLANG":
            let lexical = try simpleString(arguments[0])
            guard case .literal(let tag) = arguments[1], tag.language == nil, tag.datatype == XSD.string, !tag.lexicalForm.isEmpty
            else { throw ExpressionError("STRLANG needs a language tag") }
            return .literal(Literal(lexical, language: tag.lexicalForm.lowercased()))
        case "UUID":
            return .iri("urn:uuid:" + UUID().uuidString.lowercased())
        case "STRUUID":
            return .string(UUID().uuidString.lowercased())
        case "SAMETERM":
            return boolean(arguments[0] == arguments[1])
        case "ISIRI", "ISURI":
            return boolean(arguments[0].isIRI)
        case "ISBLANK":
            return boolean(arguments[0].isBlankNode)
        case "ISLITERAL":
            return boolean(arguments[0].isLiteral)
        case "ISNUMERIC":
            return boolean(NumericValue(arguments[0]) != nil)
        case "LANGMATCHES":
            let tag = try simpleString(arguments[0]).lowercased()
            let range = try simpleString(arguments[1]).lowercased()
            if range == "*" { return boolean(!tag.isEmpty) }
            return boolean(tag == range || tag.hasPrefix(range + "-"))
        default:
            return nil
        }
    }

    static func freshBlankNode(_ context: inout FunctionContext) -> BlankNode {
        context.blankNodeCounter += 1
        return BlankNode("f\(context.blankNodeCounter)")
    }

    /// The lexical form of a simple literal or `xsd:string`, else a type error.
    static func simpleString(_ term: Term) throws -> String {
        guard case .literal(let literal) = term, literal.language == nil, literal.datatype == XSD.string else {
            throw ExpressionError("\(term) is not a simple literal")
        }
        return literal.lexicalForm
    }
}
