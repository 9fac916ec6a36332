import Foundation
import RDFModel

/// The URLs of one SPARQL store: its Graph Store HTTP Protocol service and its query service.
///
/// Stores lay these out differently, so ``init(endpoint:storeURL:queryURL:)`` derives them from a
/// base URL in Oxigraph's layout and lets either be given explicitly:
///
/// | store | `--endpoint` | Graph Store (`--store-url`) | query (`--query-url`) |
/// |---|---|---|---|
/// | Oxigraph | `http://127.0.0.1:7878` | `…/store` | `…/query` |
/// | Jena Fuseki | — | `http://host:3030/ds/data` | `http://host:3030/ds/query` |
/// | Virtuoso | — | `http://host:8890/sparql-graph-crud` | `http://host:8890/sparql` |
///
/// See https://www.w3.org/TR/sparql11-http-rdf-update/#indirect-graph-identification for how a
/// graph is addressed: `?default` for the default graph, `?graph=<IRI>` for a named one.
public struct StoreEndpoint: Sendable, Hashable {
    /// The Graph Store HTTP Protocol service (`/store` on Oxigraph).
    public let storeURL: URL
    /// The SPARQL 1.1 query service (`/query` on Oxigraph).
    public let queryURL: URL
    /// The user and password given in the URLs' user part (`http://user:password@host/…`); the
    /// URLs above never carry them, so they can be printed.
    public let urlCredentials: StoreCredentials
    /// The host the credentials are for (the Graph Store's).
    public var host: String { storeURL.host ?? "" }

    /// Derives the service URLs.
    ///
    /// - Parameters:
    ///   - endpoint: the server's base URL; `<endpoint>/store` and `<endpoint>/query` are used where
    ///     the explicit URLs are not given. A base that already ends in `/store`, `/query` or
    ///     `/sparql` is taken as its parent.
    ///   - storeURL: the Graph Store service, overriding the derived one.
    ///   - queryURL: the query service, overriding the derived one.
    /// - Throws: ``TripleStoreError/invalidEndpoint(_:reason:)`` for a URL that is not absolute
    ///   `http`/`https`, or when neither a base nor the explicit URL gives a service.
    public init(endpoint: String?, storeURL: String? = nil, queryURL: String? = nil) throws {
        var base: URL?
        var credentials = StoreCredentials()
        func stripped(_ url: URL) -> URL {
            let given = URLRedaction.userInfo(url)
            if credentials.isEmpty && !given.isEmpty { credentials = given }
            return URLRedaction.withoutUserInfo(url)
        }
        if let endpoint {
            var url = stripped(try StoreEndpoint.checked(endpoint))
            if ["store", "query", "sparql", "update"].contains(url.lastPathComponent) { url.deleteLastPathComponent() }
            base = url
        }
        if let storeURL {
            self.storeURL = stripped(try StoreEndpoint.checked(storeURL))
        } else if let base {
            self.storeURL = base.appendingPathComponent("store")
        } else {
            throw TripleStoreError.invalidEndpoint("", reason: "give --endpoint or --store-url")
        }
        if let queryURL {
            self.queryURL = stripped(try StoreEndpoint.checked(queryURL))
        } else if let base {
            self.queryURL = base.appendingPathComponent("query")
        } else {
            // Without a base, the query service is guessed beside the store service.
            self.queryURL = self.storeURL.deletingLastPathComponent().appendingPathComponent("query")
        }
        urlCredentials = credentials
    }

    /// The URL of one graph in the Graph Store service: `…?default` or `…?graph=<percent-encoded IRI>`.
    public func url(for graph: GraphTarget) -> URL {
        var components = URLComponents(url: storeURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        var items = components.percentEncodedQueryItems ?? []
        switch graph {
        case .defaultGraph:
            items.append(URLQueryItem(name: "default", value: nil))
        case .named(let iri):
            items.append(URLQueryItem(name: "graph", value: StoreEndpoint.formEncoded(iri.string)))
        }
        components.percentEncodedQueryItems = items
        return components.url ?? storeURL
    }

    /// Percent-encodes a query parameter value so `&`, `=`, `+`, `#` and non-ASCII survive.
    static func formEncoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~:/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    private static func checked(_ string: String) throws -> URL {
        guard let url = URL(string: string), let scheme = url.scheme?.lowercased(), url.host != nil else {
            throw TripleStoreError.invalidEndpoint(URLRedaction.redact(string), reason: "expected an absolute URL such as http://127.0.0.1:7878")
        }
        guard scheme == "http" || scheme == "https" else {
            throw TripleStoreError.invalidEndpoint(string, reason: "the scheme must be http or https, not '\(scheme)'")
        }
        return url
    }
}

/// A graph of a Graph Store: the default graph or a named graph.
public enum GraphTarget: Hashable, Sendable, CustomStringConvertible {
    /// The store's default graph, addressed as `?default`.
    case defaultGraph
    /// A named graph, addressed as `?graph=<IRI>`.
    case named(IRI)

    /// `default graph` or the IRI in angle brackets.
    public var description: String {
        switch self {
        case .defaultGraph: "default graph"
        case .named(let iri): iri.description
        }
    }
}
