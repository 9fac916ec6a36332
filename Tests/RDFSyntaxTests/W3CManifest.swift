import Foundation
import RDFModel
import RDFSyntax
import Testing

/// One entry of a W3C RDF test manifest (https://w3c.github.io/rdf-tests/), with its files
/// mapped from their published IRIs to the copies under `Fixtures/w3c-rdf-tests/`.
struct W3CTestEntry: Sendable, CustomTestStringConvertible {
    /// The test's IRI, e.g. `https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl#IRI_subject`.
    let id: String
    /// The `rdft:` test type's local name, e.g. `TestTurtleEval`.
    let type: String
    /// The input's IRI (also the base IRI the test assumes) and local path.
    let actionIRI: String
    let actionPath: String
    /// The expected N-Triples/N-Quads result, for eval tests.
    let resultIRI: String?
    let resultPath: String?

    var testDescription: String { String(id.split(separator: "/").suffix(2).joined(separator: "/")) }

    /// The syntax of the input.
    var format: RDFFormat {
        if type.hasPrefix("TestTurtle") { return .turtle }
        if type.hasPrefix("TestNTriples") { return .ntriples }
        if type.hasPrefix("TestNQuads") { return .nquads }
        if type.hasPrefix("TestTrig") { return .trig }
        return .rdfxml
    }

    var isNegative: Bool { type.contains("Negative") }
    var isEval: Bool { type.hasSuffix("Eval") && !isNegative }
}

/// Reads the W3C manifests with Communique's own Turtle reader.
enum W3CManifest {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let suites = fixtures.appendingPathComponent("w3c-rdf-tests")
    static let publishedRoot = "https://w3c.github.io/rdf-tests/rdf/rdf11/"

    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let rdft = "http://www.w3.org/ns/rdftest#"

    /// The entries of one suite folder (`rdf-turtle`, `rdf-xml`, `rdf-n-triples`, `rdf-n-quads`), in manifest order.
    static func entries(_ suite: String) -> [W3CTestEntry] {
        let folder = suites.appendingPathComponent(suite)
        let published = publishedRoot + suite + "/"
        guard
            let graph = try? RDFParser.parse(
                file: folder.appendingPathComponent("manifest.ttl").path, format: .turtle, baseIRI: published + "manifest.ttl")
        else { return [] }
        func local(_ iri: String) -> String {
            folder.appendingPathComponent(String(iri.dropFirst(published.count))).path
        }
        let manifest = Term.iri(published + "manifest.ttl")
        guard let list = graph.firstObject(of: manifest, IRI(unchecked: mf + "entries")) else { return [] }
        var tests: [Term] = []
        var node = list
        while node != .iri(RDF.nil.string), let first = graph.firstObject(of: node, RDF.first) {
            tests.append(first)
            guard let rest = graph.firstObject(of: node, RDF.rest) else { break }
            node = rest
        }
        return tests.compactMap { test -> W3CTestEntry? in
            guard case .iri(let id) = test,
                let type = graph.firstObject(of: test, RDF.type)?.iri?.string, type.hasPrefix(rdft),
                let action = graph.firstObject(of: test, IRI(unchecked: mf + "action"))?.iri?.string
            else { return nil }
            let result = graph.firstObject(of: test, IRI(unchecked: mf + "result"))?.iri?.string
            return W3CTestEntry(
                id: id.string, type: String(type.dropFirst(rdft.count)), actionIRI: action, actionPath: local(action),
                resultIRI: result, resultPath: result.map(local))
        }
    }

    /// Known failures: test IRI → reason, from `Fixtures/known-failures.ttl`.
    static let knownFailures: [String: String] = {
        guard let graph = try? RDFParser.parse(file: fixtures.appendingPathComponent("known-failures.ttl").path) else { return [:] }
        var reasons: [String: String] = [:]
        for triple in graph.triples(predicate: IRI(unchecked: "http://www.w3.org/2000/01/rdf-schema#comment")) {
            if case .iri(let test) = triple.subject, case .literal(let reason) = triple.object {
                reasons[test.string] = reason.lexicalForm
            }
        }
        return reasons
    }()
}
