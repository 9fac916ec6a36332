import Foundation
import RDFModel
import Testing
@testable import TripleStore

@Suite struct StoreEndpointTests {
    @Test func derivesOxigraphServicesFromTheBaseURL() throws {
        let endpoint = try StoreEndpoint(endpoint: "http://127.0.0.1:7878")
        #expect(endpoint.storeURL.absoluteString == "http://127.0.0.1:7878/store")
        #expect(endpoint.queryURL.absoluteString == "http://127.0.0.1:7878/query")
    }

    @Test(arguments: ["http://127.0.0.1:7878/store", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/"])
    func takesAServiceURLAsItsParent(_ given: String) throws {
        let endpoint = try StoreEndpoint(endpoint: given)
        #expect(endpoint.storeURL.absoluteString == "http://127.0.0.1:7878/store")
    }

    @Test func explicitURLsWin() throws {
        let endpoint = try StoreEndpoint(
            endpoint: nil, storeURL: "http://localhost:3030/ds/data", queryURL: "http://localhost:3030/ds/query")
        #expect(endpoint.storeURL.absoluteString == "http://localhost:3030/ds/data")
        #expect(endpoint.queryURL.absoluteString == "http://localhost:3030/ds/query")
    }

    @Test func addressesTheDefaultGraphExplicitly() throws {
        let endpoint = try StoreEndpoint(endpoint: "http://127.0.0.1:7878")
        #expect(endpoint.url(for: .defaultGraph).absoluteString == "http://127.0.0.1:7878/store?default")
    }

    @Test func percentEncodesGraphIRIs() throws {
        let endpoint = try StoreEndpoint(endpoint: nil, storeURL: "http://localhost:8890/sparql-graph-crud?x=1")
        let url = endpoint.url(for: .named(IRI(unchecked: "https://example.org/g?a=1&b=2#frag é")))
        #expect(url.absoluteString
            == "http://localhost:8890/sparql-graph-crud?x=1&graph=https://example.org/g%3Fa%3D1%26b%3D2%23frag%20%C3%A9")
    }

    @Test(arguments: ["127.0.0.1:7878", "ftp://host/store", "not a url", ""])
    func refusesUnusableEndpoints(_ given: String) {
        #expect(throws: TripleStoreError.self) { try StoreEndpoint(endpoint: given) }
    }

    @Test func needsSomeEndpoint() {
        #expect(throws: TripleStoreError.self) { try StoreEndpoint(endpoint: nil) }
    }
}
