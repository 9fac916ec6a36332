import RDFModel

/// IRIs and literals (§19.8 rules 129–137).
extension Parser {
    /// An IRIREF resolved against the base, or a prefixed name expanded.
    mutating func iri() throws -> IRI {
        switch current.kind {
        case .iriRef(let reference):
            advance()
            return IRI(unchecked: IRIResolver.resolve(reference, against: baseIRI))
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else { throw error("the prefix '\(prefix):' is not declared") }
            advance()
            return IRI(unchecked: namespace + local)
        default:
            throw unexpected("an IRI")
        }
    }

    /// RDFLiteral, NumericLiteral (signed) or BooleanLiteral, keeping the lexical form as written.
    mutating func literal() throws -> Term {
        switch current.kind {
        case .string(let value):
            advance()
            if case .languageTag(let tag) = current.kind {
                advance()
                // Communique reads language tags in lower case (RDF 1.1 compares them so).
                return .literal(Literal(value, language: tag.lowercased()))
            }
            if accept("^^") { return .literal(Literal(value, datatype: try iri())) }
            return .literal(Literal(value))
        case .word(let word) where word.lowercased() == "true" || word.lowercased() == "false":
            advance()
            return .literal(Literal(word.lowercased(), datatype: XSD.boolean))
        case .punctuation(let sign) where sign == "+" || sign == "-":
            let signToken = current
            advance()
            guard case .literal(let unsigned) = try numericLiteral() else { throw error("a number after '\(sign)'", at: signToken) }
            return .literal(Literal(sign + unsigned.lexicalForm, datatype: unsigned.datatype))
        default:
            return try numericLiteral()
        }
    }

    private mutating func numericLiteral() throws -> Term {
        switch current.kind {
        case .integer(let text):
            advance()
            return .literal(Literal(text, datatype: XSD.integer))
        case .decimal(let text):
            advance()
            return .literal(Literal(text, datatype: XSD.decimal))
        case .double(let text):
            advance()
            return .literal(Literal(text, datatype: XSD.double))
        default:
            throw unexpected("a literal")
        }
    }
}
