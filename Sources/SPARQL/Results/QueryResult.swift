import RDFModel

/// The answer to a SPARQL query, in the shape of its query form.
public enum QueryResult: Sendable {
    /// SELECT: the projected variables in order (names without `?`), and one row per solution;
    /// a variable left unbound in a row is absent from that row's dictionary.
    case bindings(variables: [String], rows: [[String: Term]])
    /// ASK.
    case boolean(Bool)
    /// CONSTRUCT and DESCRIBE: the triples of the answer graph.
    case graph([Triple])
}
