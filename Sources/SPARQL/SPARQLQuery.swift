import Foundation
import RDFModel

/// A SPARQL 1.1 query, parsed and ready to run over a ``Dataset``.
///
/// This is the entry point other code (the W3C test runner, `communique query`, SHACL-SPARQL)
/// relies on; the engine behind it may grow options, but these two calls keep their shape.
///
/// ```swift
/// let query = try SPARQLQuery.parse("SELECT ?name WHERE { ?p <https://schema.org/name> ?name }")
/// if case .bindings(let variables, let rows) = try query.evaluate(on: dataset) { … }
/// ```
public struct SPARQLQuery: Sendable {
    /// The query text as given.
    public let text: String
    let parsed: ParsedQuery

    /// Parses a query.
    /// - Parameter baseIRI: the IRI relative references resolve against when the query has no BASE.
    /// - Throws: ``SPARQLSyntaxError`` with the line and column of the first error.
    public static func parse(_ text: String, baseIRI: String? = nil) throws -> SPARQLQuery {
        var parser = try Parser(text, baseIRI: baseIRI)
        return SPARQLQuery(text: text, parsed: try parser.parseQuery())
    }

    /// The query form: `SELECT`, `ASK`, `CONSTRUCT` or `DESCRIBE`.
    public var form: String {
        switch parsed.form {
        case .select: "SELECT"
        case .ask: "ASK"
        case .construct: "CONSTRUCT"
        case .describe: "DESCRIBE"
        }
    }

    /// The query's PREFIX declarations: namespace IRIs by prefix (for showing results).
    public var prefixes: [String: String] { parsed.prefixes }

    /// The IRIs of the FROM clauses.
    public var fromGraphs: [IRI] { parsed.defaultGraphs }
    /// The IRIs of the FROM NAMED clauses.
    public var fromNamedGraphs: [IRI] { parsed.namedGraphs }

    /// Runs the query. FROM and FROM NAMED IRIs are looked up among the dataset's named graphs;
    /// without them the default graph is the dataset's default graph.
    public func evaluate(on dataset: Dataset) throws -> QueryResult {
        try evaluate(on: dataset, timeout: nil, cancellation: nil)
    }

    /// Runs the query, stopping with ``QueryInterruption`` after `timeout` seconds or when
    /// `cancellation` is cancelled.
    /// - Parameter unionDefaultGraph: the default graph is the union of all the dataset's graphs
    ///   (as Oxigraph's `union-default-graph`), unless the query has FROM clauses.
    public func evaluate(
        on dataset: Dataset, timeout: TimeInterval?, cancellation: QueryCancellation? = nil, unionDefaultGraph: Bool = false
    ) throws -> QueryResult {
        var defaultGraph = unionDefaultGraph ? dataset.unionGraph : dataset.defaultGraph
        var namedGraphs = dataset.namedGraphs
        if !parsed.defaultGraphs.isEmpty || !parsed.namedGraphs.isEmpty {
            defaultGraph = Graph()
            for iri in parsed.defaultGraphs {
                if let graph = dataset.namedGraphs[.iri(iri)] { defaultGraph.formUnion(graph) }
            }
            namedGraphs = [:]
            for iri in parsed.namedGraphs { namedGraphs[.iri(iri)] = dataset.namedGraphs[.iri(iri)] ?? Graph() }
        }
        let evaluator = Evaluator(
            defaultGraph: defaultGraph, namedGraphs: namedGraphs,
            functions: FunctionContext(now: Date(), baseIRI: parsed.baseIRI),
            deadline: timeout.map { Date().addingTimeInterval($0) }, cancellation: cancellation)
        let rows = try evaluator.evaluate(parsed.algebra, graph: defaultGraph, seed: [:])
        switch parsed.form {
        case .select(let variables):
            return .bindings(variables: variables, rows: rows)
        case .ask:
            return .boolean(!rows.isEmpty)
        case .construct(let template):
            return .graph(QueryForms.construct(template, rows))
        case .describe(let targets):
            return .graph(QueryForms.describe(targets, rows, graph: defaultGraph))
        }
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
