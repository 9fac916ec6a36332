import Foundation
import RDFModel
import RDFSyntax

/// One test of the W3C SPARQL 1.1 query suites (https://w3c.github.io/rdf-tests/sparql/).
struct W3CSPARQLTest: Sendable, CustomStringConvertible {
    enum Kind: Sendable { case positiveSyntax, negativeSyntax, evaluation }

    /// The path under `Fixtures/w3c/` and the test's local name: `sparql11/bind/bind01`.
    let name: String
    let kind: Kind
    let queryPath: String
    let dataPaths: [String]
    /// Named graphs: file path (the graph name is its file URL).
    let graphDataPaths: [String]
    let resultPath: String?

    var description: String { name }
}

enum W3CSPARQLManifest {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/w3c")

    /// The manifests this runner covers: query syntax and evaluation of SPARQL 1.0 and 1.1 and the
    /// 1.1 result-format tests; not entailment, federation, update or the protocols.
    static let manifests = [
        "sparql10/manifest-syntax.ttl", "sparql10/manifest-evaluation.ttl", "sparql11/manifest-sparql11-query.ttl",
        "sparql11/manifest-sparql11-results.ttl", "sparql11/syntax-fed/manifest.ttl",
    ]

    static let allTests: [W3CSPARQLTest] = {
        var seen = Set<String>()
        return manifests.flatMap { (try? entries(folder.appendingPathComponent($0).path, seen: &seen)) ?? [] }
    }()

    static func tests(_ kind: W3CSPARQLTest.Kind) -> [W3CSPARQLTest] { allTests.filter { $0.kind == kind } }

    private static func entries(_ path: String, seen: inout Set<String>) throws -> [W3CSPARQLTest] {
        guard seen.insert(path).inserted else { return [] }
        let base = URL(fileURLWithPath: path).absoluteString
        let graph = try RDFParser.parse(file: path, format: .turtle, baseIRI: base)
        var out: [W3CSPARQLTest] = []
        // The manifest is `<>` or, in a few files, a blank node typed mf:Manifest.
        var manifestNodes = Set(graph.instances(of: IRI(unchecked: mf + "Manifest")))
        manifestNodes.insert(.iri(base))
        for manifestNode in manifestNodes.sorted() {
            out += try entries(of: manifestNode, graph, path: path, seen: &seen)
        }
        return out
    }

    private static func entries(of manifestNode: Term, _ graph: Graph, path: String, seen: inout Set<String>) throws -> [W3CSPARQLTest] {
        var out: [W3CSPARQLTest] = []
        for list in graph.objects(of: manifestNode, IRI(unchecked: mf + "include")) {
            for item in members(list, graph) {
                guard case .iri(let iri) = item, let url = URL(string: iri.string) else { continue }
                out += try entries(url.path, seen: &seen)
            }
        }
        for list in graph.objects(of: manifestNode, IRI(unchecked: mf + "entries")) {
            for entry in members(list, graph) {
                if let test = test(entry, graph, manifest: path) { out.append(test) }
            }
        }
        return out
    }

    private static func members(_ list: Term, _ graph: Graph) -> [Term] {
        var out: [Term] = []
        var cell = list
        while cell != .iri(RDF.nil), let first = graph.firstObject(of: cell, RDF.first) {
            out.append(first)
            guard let rest = graph.firstObject(of: cell, RDF.rest) else { break }
            cell = rest
        }
        return out
    }

    private static func path(_ term: Term?) -> String? {
        guard case .iri(let iri)? = term, let url = URL(string: iri.string) else { return nil }
        return url.path
    }

    private static func test(_ entry: Term, _ graph: Graph, manifest: String) -> W3CSPARQLTest? {
        guard case .iri(let iri) = entry, case .iri(let type)? = graph.firstObject(of: entry, RDF.type) else { return nil }
        let local = type.string.replacingOccurrences(of: mf, with: "")
        let kind: W3CSPARQLTest.Kind
        switch local {
        case "PositiveSyntaxTest", "PositiveSyntaxTest11": kind = .positiveSyntax
        case "NegativeSyntaxTest", "NegativeSyntaxTest11": kind = .negativeSyntax
        case "QueryEvaluationTest", "CSVResultFormatTest": kind = .evaluation
        default: return nil
        }
        let url = URL(string: iri.string)!
        let relative = URL(fileURLWithPath: manifest).deletingLastPathComponent().path.dropFirst(folder.path.count + 1)
        let name = "\(relative)/\(url.fragment ?? url.lastPathComponent)"
        guard let action = graph.firstObject(of: entry, IRI(unchecked: mf + "action")) else { return nil }
        if kind != .evaluation {
            guard let query = path(action) else { return nil }
            return W3CSPARQLTest(name: name, kind: kind, queryPath: query, dataPaths: [], graphDataPaths: [], resultPath: nil)
        }
        guard let query = path(graph.firstObject(of: action, IRI(unchecked: qt + "query"))) else { return nil }
        let data = graph.objects(of: action, IRI(unchecked: qt + "data")).compactMap(path)
        let graphData = graph.objects(of: action, IRI(unchecked: qt + "graphData")).compactMap(path)
        let result = path(graph.firstObject(of: entry, IRI(unchecked: mf + "result")))
        return W3CSPARQLTest(name: name, kind: kind, queryPath: query, dataPaths: data, graphDataPaths: graphData, resultPath: result)
    }
}
