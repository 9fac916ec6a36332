import Foundation
import RDFModel
import RDFSyntax
import Testing

/// The W3C RDF 1.1 test suites (Turtle, RDF/XML, N-Triples, N-Quads) run through RDFSyntax:
/// one runner keyed by the `rdft:` test type. Eval tests compare graphs by isomorphism;
/// failures listed in `Fixtures/known-failures.ttl` run as known issues.
@Suite struct W3CSuiteTests {
    @Test(arguments: W3CManifest.entries("rdf-turtle")) func turtle(_ entry: W3CTestEntry) throws { try Self.run(entry) }
    @Test(arguments: W3CManifest.entries("rdf-xml")) func rdfxml(_ entry: W3CTestEntry) throws { try Self.run(entry) }
    @Test(arguments: W3CManifest.entries("rdf-n-triples")) func ntriples(_ entry: W3CTestEntry) throws { try Self.run(entry) }
    @Test(arguments: W3CManifest.entries("rdf-n-quads")) func nquads(_ entry: W3CTestEntry) throws { try Self.run(entry) }

    @Test func manifestsAreFound() {
        #expect(W3CManifest.entries("rdf-turtle").count == 313)
        #expect(W3CManifest.entries("rdf-xml").count == 166)
        #expect(W3CManifest.entries("rdf-n-triples").count == 70)
        #expect(W3CManifest.entries("rdf-n-quads").count == 87)
    }

    @Test func everyKnownFailureNamesARealTest() {
        let ids = Set(["rdf-turtle", "rdf-xml", "rdf-n-triples", "rdf-n-quads"].flatMap { W3CManifest.entries($0).map(\.id) })
        for (test, reason) in W3CManifest.knownFailures {
            #expect(ids.contains(test), "known-failures.ttl lists an unknown test \(test)")
            #expect(!reason.isEmpty, "no reason given for \(test)")
        }
    }

    static func run(_ entry: W3CTestEntry) throws {
        if let reason = W3CManifest.knownFailures[entry.id] {
            withKnownIssue(Comment(rawValue: reason)) { try check(entry) }
        } else {
            try check(entry)
        }
    }

    static func check(_ entry: W3CTestEntry) throws {
        if entry.isNegative {
            #expect(throws: RDFSyntaxError.self, "\(entry.type) should be refused") {
                _ = try RDFParser.parseDataset(file: entry.actionPath, format: entry.format, baseIRI: entry.actionIRI)
            }
            return
        }
        let actual = try RDFParser.parseDataset(file: entry.actionPath, format: entry.format, baseIRI: entry.actionIRI)
        guard entry.isEval, let resultPath = entry.resultPath else { return }
        let expected = try RDFParser.parseDataset(
            file: resultPath, format: resultPath.hasSuffix(".nq") ? .nquads : .ntriples, baseIRI: entry.resultIRI)
        #expect(actual.isIsomorphic(to: expected), "\(actual.difference(from: expected))")
    }
}

/// Every Turtle eval graph of the W3C suite goes through each writer and back: it must read
/// back isomorphic, or the writer must refuse cleanly (never a silent corruption).
@Suite struct W3CWriterRoundTripTests {
    static let graphs = W3CManifest.entries("rdf-turtle").filter { $0.isEval && W3CManifest.knownFailures[$0.id] == nil }

    @Test(arguments: graphs) func survivesEveryWriter(_ entry: W3CTestEntry) throws {
        let graph = try RDFParser.parse(file: try #require(entry.resultPath), format: .ntriples, baseIRI: entry.resultIRI)
        for format in [RDFFormat.turtle, .ntriples, .nquads, .rdfxml] {
            do {
                let text = try RDFSerializer.serialize(graph, format: format)
                let back = try RDFParser.parse(string: text, format: format)
                #expect(back.isIsomorphic(to: graph), "silent corruption through \(format):\n\(graph.difference(from: back))\n\(text)")
                // Deterministic: writing again gives the same bytes.
                #expect(try RDFSerializer.serialize(back, format: format) == text || graph.contains(where: { $0.subject.isBlankNode || $0.object.isBlankNode }))
            } catch let error as RDFSyntaxError {
                #expect(error.code == .unrepresentable || error.code == .verification, "\(format): \(error)")
            }
        }
    }
}
