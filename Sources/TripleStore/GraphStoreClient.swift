import Foundation
import RDFModel

/// A client for the SPARQL 1.1 Graph Store HTTP Protocol
/// (https://www.w3.org/TR/sparql11-http-rdf-update/).
///
/// Graphs are always addressed explicitly: `?default` for the default graph and `?graph=<IRI>`
/// for a named one. A `POST` to a store's bare URL is never sent, because a store may then
/// mint a new named graph for the data (Oxigraph does, §5.5 of the protocol allows it).
///
/// ```swift
/// let store = GraphStoreClient(endpoint: try StoreEndpoint(endpoint: "http://127.0.0.1:7878"))
/// try store.put(Data(ntriples.utf8), into: .named(IRI(unchecked: "https://example.org/g")))
/// ```
public final class GraphStoreClient: Sendable {
    /// The store's URLs.
    public let endpoint: StoreEndpoint
    let http: StoreHTTPClient

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - endpoint: the store's URLs.
    ///   - timeout: seconds without progress before a request is given up (a store may think long
    ///     about a large request before it answers).
    ///   - retry: how transient failures (connection refused, time-outs, 429, 5xx) are retried.
    ///   - credentials: what to present when the store asks who we are; by default the user part
    ///     of the endpoint's URL.
    ///   - onRetry: told of each retry, with the error and the pause before the next try.
    public init(
        endpoint: StoreEndpoint, timeout: TimeInterval = 300, retry: RetryPolicy = RetryPolicy(),
        credentials: StoreCredentials? = nil, onRetry: (@Sendable (TripleStoreError, TimeInterval) -> Void)? = nil
    ) {
        self.endpoint = endpoint
        http = StoreHTTPClient(timeout: timeout, retry: retry, credentials: credentials ?? endpoint.urlCredentials, onRetry: onRetry)
    }

    /// Replaces a graph's content with the given RDF (HTTP `PUT`, §5.3).
    ///
    /// - Parameters:
    ///   - body: the graph in a triple syntax.
    ///   - graph: the graph to replace.
    ///   - mediaType: the syntax of `body`; N-Triples by default.
    ///   - parameters: extra query parameters for the store (such as Oxigraph's `no_transaction`).
    /// - Throws: ``TripleStoreError``.
    public func put(
        _ body: Data, into graph: GraphTarget, mediaType: String = "application/n-triples", parameters: [String] = []
    ) throws {
        _ = try http.send(request("PUT", graph, mediaType: mediaType, parameters: parameters, body: body))
    }

    /// Merges the given RDF into a graph (HTTP `POST`, §5.5), creating the graph if needed.
    ///
    /// - Parameters: as for ``put(_:into:mediaType:parameters:)``.
    /// - Throws: ``TripleStoreError``.
    public func post(
        _ body: Data, into graph: GraphTarget, mediaType: String = "application/n-triples", parameters: [String] = []
    ) throws {
        _ = try http.send(request("POST", graph, mediaType: mediaType, parameters: parameters, body: body))
    }

    /// Deletes a graph (HTTP `DELETE`, §5.4). A missing named graph is not an error.
    ///
    /// - Throws: ``TripleStoreError`` for any other failure.
    public func delete(_ graph: GraphTarget) throws {
        do {
            _ = try http.send(HTTPRequest(method: "DELETE", url: endpoint.url(for: graph)))
        } catch TripleStoreError.httpStatus(_, _, 404, _) {
            return
        }
    }

    /// Reads a graph as N-Triples (HTTP `GET`, §5.2).
    ///
    /// - Throws: ``TripleStoreError``; a missing graph is `404`.
    public func get(_ graph: GraphTarget) throws -> Data {
        let request = HTTPRequest(
            method: "GET", url: endpoint.url(for: graph), headers: ["Accept": "application/n-triples"])
        return try http.send(request).body
    }

    func request(_ method: String, _ graph: GraphTarget, mediaType: String, parameters: [String], body: Data) -> HTTPRequest {
        var url = endpoint.url(for: graph)
        if !parameters.isEmpty, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            var items = components.percentEncodedQueryItems ?? []
            for parameter in parameters {
                let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                items.append(URLQueryItem(name: parts[0], value: parts.count > 1 ? parts[1] : nil))
            }
            components.percentEncodedQueryItems = items
            url = components.url ?? url
        }
        return HTTPRequest(
            method: method, url: url,
            headers: ["Content-Type": mediaType, "Accept": "*/*", "Content-Length": String(body.count)], body: body)
    }
}
