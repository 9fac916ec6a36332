import RDFModel

/// A parsed query: its form, its algebra and its dataset clauses.
struct ParsedQuery: Sendable {
    enum Form: Sendable {
        /// SELECT, with the projected variables in order.
        case select(variables: [String])
        case ask
        /// CONSTRUCT with its template (blank nodes of the template are `_:` variables).
        case construct(template: [TriplePattern])
        /// DESCRIBE of these variables and IRIs.
        case describe([PatternTerm])
    }

    var form: Form
    var algebra: Algebra
    /// FROM IRIs: merged into the default graph.
    var defaultGraphs: [IRI]
    /// FROM NAMED IRIs.
    var namedGraphs: [IRI]
    var baseIRI: String?
    /// The PREFIX declarations, by prefix.
    var prefixes: [String: String] = [:]
}
