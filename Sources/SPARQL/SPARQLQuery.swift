import RDFModel

/// A SPARQL 1.1 query, parsed and ready to run over a ``Dataset``.
///
/// This is the entry point other code (the W3C test runner, `communique query`, SHACL-SPARQL)
/// relies on; the engine behind it may grow options, but these two calls keep their shape.
public struct SPARQLQuery: Sendable {
    /// The query text as given.
    public let text: String

    /// Parses a query.
    /// - Parameter baseIRI: the IRI relative references resolve against when the query has no BASE.
    /// - Throws: ``SPARQLSyntaxError`` with the line and column of the first error.
    public static func parse(_ text: String, baseIRI: String? = nil) throws -> SPARQLQuery {
        throw SPARQLSyntaxError(line: 1, column: 1, message: "the SPARQL parser is not implemented")
    }

    /// Runs the query. FROM and FROM NAMED IRIs are looked up among the dataset's named graphs;
    /// without them the default graph is the dataset's default graph.
    public func evaluate(on dataset: Dataset) throws -> QueryResult {
        throw ExpressionError("the SPARQL evaluator is not implemented")
    }
}

/// A query that is not SPARQL 1.1: where (1-based line and column, in characters) and what.
public struct SPARQLSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
