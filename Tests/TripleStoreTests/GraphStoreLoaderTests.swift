import Foundation
import RDFModel
import TestSupport
import Testing
@testable import TripleStore

/// Loads into a real Oxigraph server (`oxigraph serve`, started and stopped by each test).
@Suite struct GraphStoreLoaderTests {
    static let graphA = IRI(unchecked: "https://example.org/graph/a")
    static let graphB = IRI(unchecked: "https://example.org/graph/b")

    static func quad(_ n: Int, graph: IRI? = nil) -> Quad {
        Quad(
            Triple(.iri("https://example.org/s\(n)"), IRI(unchecked: "https://schema.org/name"), .string("name \"\(n)\"\n")),
            graph: graph.map(Term.iri))
    }

    /// Runs `body` against a fresh server, stopping it whatever happens.
    func withServer(_ body: (GraphStoreClient, SPARQLClient) throws -> Void) throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let endpoint = try StoreEndpoint(endpoint: server.endpoint)
        let retry = RetryPolicy(attempts: 1)
        try body(GraphStoreClient(endpoint: endpoint, timeout: 60, retry: retry), SPARQLClient(endpoint: endpoint, timeout: 60, retry: retry))
    }

    @Test func loadsTheDefaultGraphInBatches() throws {
        try withServer { store, sparql in
            let loader = GraphStoreLoader(
                client: store, assignment: .single(.defaultGraph), options: .init(batchSize: 7))
            for n in 0..<50 { try loader.add(Self.quad(n, graph: Self.graphA)) }
            let report = try loader.finish()
            #expect(report.statementsLoaded == 50)
            #expect(report.requests == 8)
            #expect(report.loadedGraphs == [.defaultGraph])
            #expect(try sparql.tripleCount() == 50)
            #expect(try sparql.tripleCount(allGraphs: true) == 50)
            // The literal's quote and newline survived the trip.
            let results = try sparql.select(#"SELECT ?o WHERE { <https://example.org/s3> ?p ?o }"#)
            #expect(results.solutions.first?["o"] == .string("name \"3\"\n"))
        }
    }

    @Test func replacingTwiceKeepsOneCopyAndMergingAdds() throws {
        try withServer { store, sparql in
            for _ in 0..<2 {
                let loader = GraphStoreLoader(client: store, assignment: .single(.named(Self.graphA)), options: .init(batchSize: 4))
                for n in 0..<10 { try loader.add(Self.quad(n)) }
                try loader.finish()
            }
            #expect(try sparql.tripleCount(graph: .named(Self.graphA)) == 10)
            // Replacing with other content drops the old content.
            let replace = GraphStoreLoader(client: store, assignment: .single(.named(Self.graphA)), options: .init(batchSize: 4))
            for n in 100..<103 { try replace.add(Self.quad(n)) }
            try replace.finish()
            #expect(try sparql.tripleCount(graph: .named(Self.graphA)) == 3)
            let merge = GraphStoreLoader(
                client: store, assignment: .single(.named(Self.graphA)), options: .init(mode: .merge, batchSize: 4))
            for n in 0..<10 { try merge.add(Self.quad(n)) }
            try merge.finish()
            #expect(try sparql.tripleCount(graph: .named(Self.graphA)) == 13)
            #expect(try sparql.tripleCount() == 0)
        }
    }

    @Test func splitsQuadsByGraphName() throws {
        try withServer { store, sparql in
            let loader = GraphStoreLoader(
                client: store, assignment: .perQuadGraph, options: .init(batchSize: 3, bufferLimit: 200))
            // Interleaved graphs, and a small buffer limit, so graphs are sent in several pieces.
            for n in 0..<20 { try loader.add(Self.quad(n, graph: n % 2 == 0 ? Self.graphA : Self.graphB)) }
            for n in 20..<25 { try loader.add(Self.quad(n)) }
            let report = try loader.finish()
            #expect(Set(report.loadedGraphs) == [.named(Self.graphA), .named(Self.graphB), .defaultGraph])
            #expect(try sparql.tripleCount(graph: .named(Self.graphA)) == 10)
            #expect(try sparql.tripleCount(graph: .named(Self.graphB)) == 10)
            #expect(try sparql.tripleCount() == 5)
            let union = try sparql.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", unionDefaultGraph: true)
            #expect(union.solutions.first?["n"] == .literal(Literal("25", datatype: XSD.integer)))
        }
    }

    @Test func replacingAnEmptyInputEmptiesTheGraph() throws {
        try withServer { store, sparql in
            let first = GraphStoreLoader(client: store, assignment: .single(.defaultGraph))
            for n in 0..<5 { try first.add(Self.quad(n)) }
            try first.finish()
            #expect(try GraphStoreLoader(client: store, assignment: .single(.defaultGraph)).finish().requests == 1)
            #expect(try sparql.tripleCount() == 0)
        }
    }

    @Test func refusesToSplitABlankNodeAcrossRequests() throws {
        try withServer { store, _ in
            let loader = GraphStoreLoader(client: store, assignment: .single(.defaultGraph), options: .init(batchSize: 2))
            let node = Term.blankNode(BlankNode("b0"))
            let name = IRI(unchecked: "https://schema.org/name")
            try loader.add(Quad(Triple(node, name, .string("one"))))
            try loader.add(Quad(Triple(node, name, .string("two"))))
            #expect {
                try loader.add(Quad(Triple(node, name, .string("three"))))
            } throws: { error in
                "\(error)".contains("_:b0") && "\(error)".contains("--batch-size")
            }
        }
    }

    @Test func aStoppedServerIsAClearFailure() throws {
        let port = try OxigraphServer.freePort()
        let endpoint = try StoreEndpoint(endpoint: "http://127.0.0.1:\(port)")
        let retries = Counter()
        let store = GraphStoreClient(
            endpoint: endpoint, timeout: 10, retry: RetryPolicy(attempts: 3, initialDelay: 0.05),
            onRetry: { _, _ in retries.increment() })
        let loader = GraphStoreLoader(client: store, assignment: .single(.defaultGraph))
        try loader.add(Self.quad(1))
        #expect {
            try loader.finish()
        } throws: { error in
            let text = "\(error)"
            return text.contains("PUT http://127.0.0.1:\(port)/store?default") && text.contains("refused")
                && text.contains("graphs loaded before the failure (0): none")
        }
        #expect(retries.value == 2, "a refused connection is tried three times in all")
    }

    @Test func aClientErrorIsNotRetriedAndSaysWhatTheServerSaid() throws {
        try withServer { store, _ in
            // Oxigraph answers 404 for a path it does not serve.
            let wrong = try StoreEndpoint(endpoint: nil, storeURL: store.endpoint.storeURL.deletingLastPathComponent()
                .appendingPathComponent("nowhere").absoluteString)
            let retries = Counter()
            let client = GraphStoreClient(
                endpoint: wrong, timeout: 10, retry: RetryPolicy(attempts: 3, initialDelay: 0.05),
                onRetry: { _, _ in retries.increment() })
            #expect {
                try client.put(Data("<a:s> <a:p> <a:o> .\n".utf8), into: .defaultGraph)
            } throws: { error in
                "\(error)".contains("HTTP 404") && "\(error)".contains("not supported by this server")
            }
            #expect(retries.value == 0, "a 404 must not be retried")
        }
    }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
