import Foundation
import RDFModel
import RDFSyntax
import Testing

/// One `sht:Validate` entry of the W3C SHACL test suite (https://w3c.github.io/data-shapes/data-shapes-test-suite/).
struct W3CTestCase: Sendable, CustomTestStringConvertible {
    /// The test's IRI (a `file:` URL of the copy under Fixtures/).
    let iri: String
    /// The test's path relative to `tests/`, for readable test ids: `core/node/class-001`.
    let name: String
    /// The manifest file that describes the test.
    let manifestPath: String
    let dataGraphPath: String
    let shapesGraphPath: String
    /// The `mf:result` node of the manifest.
    let result: Term
    /// `sht:Failure`: the validator must refuse instead of reporting.
    let expectsFailure: Bool

    var testDescription: String { name }
}

enum W3CManifest {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let sht = "http://www.w3.org/ns/shacl-test#"
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/w3c-shacl-tests/tests")

    /// Every sht:Validate entry reachable from `tests/<section>/manifest.ttl`, in manifest order.
    static func cases(section: String) -> [W3CTestCase] {
        (try? entries(manifest: folder.appendingPathComponent("\(section)/manifest.ttl").path)) ?? []
    }

    private static func entries(manifest path: String) throws -> [W3CTestCase] {
        let graph = try RDFParser.parse(file: path)
        var out: [W3CTestCase] = []
        let base = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        let manifestNode = Term.iri(base)
        for include in graph.objects(of: manifestNode, IRI(unchecked: mf + "include")) {
            guard case .iri(let iri) = include, let url = URL(string: iri.string) else { continue }
            out += try entries(manifest: url.path)
        }
        for head in graph.objects(of: manifestNode, IRI(unchecked: mf + "entries")) {
            var cell = head
            while cell != .iri(RDF.nil), let entry = graph.firstObject(of: cell, RDF.first) {
                if let test = testCase(entry, in: graph, manifestPath: path) { out.append(test) }
                guard let rest = graph.firstObject(of: cell, RDF.rest) else { break }
                cell = rest
            }
        }
        return out
    }

    private static func testCase(_ entry: Term, in graph: Graph, manifestPath: String) -> W3CTestCase? {
        guard graph.objects(of: entry, RDF.type).contains(.iri(sht + "Validate")),
            let action = graph.firstObject(of: entry, IRI(unchecked: mf + "action")),
            case .iri(let data)? = graph.firstObject(of: action, IRI(unchecked: sht + "dataGraph")),
            case .iri(let shapes)? = graph.firstObject(of: action, IRI(unchecked: sht + "shapesGraph")),
            let result = graph.firstObject(of: entry, IRI(unchecked: mf + "result")),
            case .iri(let iri) = entry
        else { return nil }
        let name = String(URL(string: iri.string)!.path.dropFirst(folder.standardizedFileURL.path.count + 1))
        return W3CTestCase(
            iri: iri.string, name: name, manifestPath: manifestPath,
            dataGraphPath: URL(string: data.string)!.path, shapesGraphPath: URL(string: shapes.string)!.path,
            result: result, expectsFailure: result == .iri(sht + "Failure"))
    }

    /// The part of a report graph the suite compares (https://w3c.github.io/data-shapes/data-shapes-test-suite/#validate):
    /// the report node's triples, each result's triples and the triples of its `sh:resultPath`
    /// structure, without `sh:resultMessage` (messages may differ between implementations).
    static func comparable(_ graph: Graph, report: Term) -> Graph {
        var out = Graph()
        for triple in graph.triples(subject: report) {
            out.insert(triple)
            guard triple.predicate == SH.result else { continue }
            for resultTriple in graph.triples(subject: triple.object) where resultTriple.predicate != SH.resultMessage {
                out.insert(resultTriple)
                if resultTriple.predicate == SH.resultPath { copyStructure(resultTriple.object, from: graph, into: &out) }
            }
        }
        return out
    }

    private static func copyStructure(_ node: Term, from graph: Graph, into out: inout Graph) {
        guard node.isBlankNode else { return }
        for triple in graph.triples(subject: node) where out.insert(triple) {
            copyStructure(triple.object, from: graph, into: &out)
        }
    }
}
