import Foundation
import RDFModel

/// A client for the SPARQL 1.1 Protocol's query operation
/// (https://www.w3.org/TR/sparql11-protocol/#query-operation), reading results in the SPARQL 1.1
/// Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/).
///
/// Queries are sent by `POST` as an HTML form (`Content-Type: application/x-www-form-urlencoded`,
/// `query=…`), the protocol's form every store reads: Virtuoso 7.2 never answers a direct
/// `application/sparql-query` body.
public final class SPARQLClient: Sendable {
    /// The store's URLs; ``StoreEndpoint/queryURL`` is used.
    public let endpoint: StoreEndpoint
    let http: StoreHTTPClient

    /// Creates a client; see ``GraphStoreClient/init(endpoint:timeout:retry:credentials:onRetry:)``.
    public init(
        endpoint: StoreEndpoint, timeout: TimeInterval = 300, retry: RetryPolicy = RetryPolicy(),
        credentials: StoreCredentials? = nil
    ) {
        self.endpoint = endpoint
        http = StoreHTTPClient(timeout: timeout, retry: retry, credentials: credentials ?? endpoint.urlCredentials)
    }

    /// Runs a `SELECT` query.
    ///
    /// - Parameters:
    ///   - query: the query text.
    ///   - unionDefaultGraph: query the union of all graphs as the default graph, as Oxigraph's
    ///     `union-default-graph` parameter does (other stores ignore it).
    /// - Returns: the variables and the solutions, each a binding of variable names to terms.
    /// - Throws: ``TripleStoreError``; a syntax error in the query is the store's `400`.
    public func select(_ query: String, unionDefaultGraph: Bool = false) throws -> SPARQLResults {
        let response = try send(query, unionDefaultGraph: unionDefaultGraph)
        return try SPARQLResults(json: response.body, url: endpoint.queryURL.absoluteString)
    }

    /// Runs an `ASK` query.
    ///
    /// - Throws: ``TripleStoreError``.
    public func ask(_ query: String, unionDefaultGraph: Bool = false) throws -> Bool {
        let response = try send(query, unionDefaultGraph: unionDefaultGraph)
        let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        guard let value = object?["boolean"] as? Bool else {
            throw TripleStoreError.invalidResponse(url: endpoint.queryURL.absoluteString, reason: "no 'boolean' in the ASK result")
        }
        return value
    }

    /// The number of triples: in the default graph, or with `allGraphs` in every graph (counted
    /// once per graph they are in).
    ///
    /// - Throws: ``TripleStoreError``.
    public func tripleCount(allGraphs: Bool = false, graph: GraphTarget? = nil) throws -> Int {
        let query: String
        switch (allGraphs, graph) {
        case (_, .named(let iri)?): query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH \(iri) { ?s ?p ?o } }"
        case (true, _): query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        default: query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        }
        let results = try select(query)
        guard case .literal(let literal)? = results.solutions.first?["n"], let count = Int(literal.lexicalForm) else {
            throw TripleStoreError.invalidResponse(url: endpoint.queryURL.absoluteString, reason: "no count in the answer")
        }
        return count
    }

    private func send(_ query: String, unionDefaultGraph: Bool) throws -> HTTPResponse {
        var url = endpoint.queryURL
        if unionDefaultGraph, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "union-default-graph", value: nil)]
            url = components.url ?? url
        }
        let request = HTTPRequest(
            method: "POST", url: url,
            headers: ["Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"],
            body: Data(("query=" + StoreEndpoint.formEncoded(query)).utf8))
        return try http.send(request)
    }
}
