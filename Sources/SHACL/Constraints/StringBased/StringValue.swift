import RDFModel

/// SPARQL's `str()` of a value node for the string-based components
/// (https://www.w3.org/TR/shacl/#core-components-string): the IRI's characters or the literal's
/// lexical form; `nil` for a blank node, which always fails them.
func stringValue(_ term: Term) -> String? {
    switch term {
    case .iri(let iri): iri.string
    case .literal(let literal): literal.lexicalForm
    case .blankNode: nil
    }
}
