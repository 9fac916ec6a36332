import Foundation
import RDFModel
import RDFSyntax
import SPARQL
import Testing

/// The W3C SPARQL 1.0 and 1.1 query suites (syntax and evaluation, Fixtures/w3c), with the
/// failures we know of listed in Fixtures/w3c-known-failures.txt: a new failure fails, and a
/// known failure that now passes fails too, until it is taken off the list.
@Suite struct W3CSPARQLSuiteTests {
    /// Each test's outcome, computed once: `nil` for a pass, else why it failed.
    static let outcomes: [String: String?] = {
        var out: [String: String?] = [:]
        for test in W3CSPARQLManifest.allTests { out[test.name] = W3CSPARQLRunner.run(test) }
        return out
    }()

    static let knownFailures: [String: String] = {
        let path = W3CSPARQLManifest.folder.deletingLastPathComponent().appendingPathComponent("w3c-known-failures.txt").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let name = parts.first else { continue }
            out[String(name)] = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        }
        return out
    }()

    private func check(_ test: W3CSPARQLTest) {
        let outcome = Self.outcomes[test.name] ?? "not run"
        if let reason = Self.knownFailures[test.name] {
            if outcome == nil { Issue.record("\(test.name) passes now: remove it from w3c-known-failures.txt (\(reason))") }
        } else if let outcome {
            Issue.record("\(test.name): \(outcome)")
        }
    }

    @Test(arguments: W3CSPARQLManifest.tests(.positiveSyntax))
    func positiveSyntax(_ test: W3CSPARQLTest) { check(test) }

    @Test(arguments: W3CSPARQLManifest.tests(.negativeSyntax))
    func negativeSyntax(_ test: W3CSPARQLTest) { check(test) }

    @Test(arguments: W3CSPARQLManifest.tests(.evaluation))
    func evaluation(_ test: W3CSPARQLTest) { check(test) }

    /// Prints the suite's figures and checks that the manifests were found.
    @Test func summary() {
        var lines: [String] = []
        for (label, kind) in [("syntax", [W3CSPARQLTest.Kind.positiveSyntax, .negativeSyntax]), ("evaluation", [.evaluation])] {
            let tests = W3CSPARQLManifest.allTests.filter { kind.contains($0.kind) }
            let passed = tests.filter { (Self.outcomes[$0.name] ?? "x") == nil }.count
            lines.append("W3C SPARQL \(label): \(passed)/\(tests.count) passed, \(tests.count - passed) failed")
        }
        print(lines.joined(separator: "\n"))
        if ProcessInfo.processInfo.environment["SPARQL_W3C_FAILURES"] != nil {
            for test in W3CSPARQLManifest.allTests {
                print("TEST \(test.name)")
                if let outcome = Self.outcomes[test.name] ?? "not run" { print("FAIL \(test.name) \(outcome)") }
            }
        }
        // 515 query evaluation tests and 3 CSV/TSV result-format tests.
        #expect(W3CSPARQLManifest.tests(.evaluation).count == 518)
        #expect(W3CSPARQLManifest.tests(.positiveSyntax).count + W3CSPARQLManifest.tests(.negativeSyntax).count >= 300)
        for name in Self.knownFailures.keys where Self.outcomes[name] == nil {
            Issue.record("w3c-known-failures.txt names \(name), which is not a test")
        }
    }
}

/// Runs one W3C test: `nil` when it passes, else what went wrong.
enum W3CSPARQLRunner {
    static func run(_ test: W3CSPARQLTest) -> String? {
        guard let text = try? String(contentsOfFile: test.queryPath, encoding: .utf8) else { return "cannot read the query" }
        let base = URL(fileURLWithPath: test.queryPath).absoluteString
        switch test.kind {
        case .positiveSyntax:
            do {
                _ = try SPARQLQuery.parse(text, baseIRI: base)
                return nil
            } catch {
                return "refused: \(error)"
            }
        case .negativeSyntax:
            return (try? SPARQLQuery.parse(text, baseIRI: base)) == nil ? nil : "accepted a query that is not SPARQL"
        case .evaluation:
            do {
                return try evaluate(test, text, base: base)
            } catch {
                return "error: \(error)"
            }
        }
    }

    private static func fileIRI(_ path: String) -> Term { .iri(URL(fileURLWithPath: path).absoluteString) }

    /// A data file's graph, its blank nodes labelled apart from every other file's (each
    /// document has its own blank nodes).
    private static func load(_ path: String) throws -> Graph {
        let graph = try RDFParser.parse(file: path, baseIRI: URL(fileURLWithPath: path).absoluteString)
        let tag = String(UInt32(truncatingIfNeeded: path.hashValue), radix: 36)
        func relabel(_ term: Term) -> Term {
            if case .blankNode(let node) = term { return .blankNode(BlankNode("\(tag)_\(node.id)")) }
            return term
        }
        return Graph(graph.map { Triple(relabel($0.subject), $0.predicate, relabel($0.object)) })
    }

    private static func evaluate(_ test: W3CSPARQLTest, _ text: String, base: String) throws -> String? {
        let query = try SPARQLQuery.parse(text, baseIRI: base)
        var dataset = Dataset()
        for path in test.dataPaths { dataset.defaultGraph.formUnion(try load(path)) }
        for path in test.graphDataPaths { dataset.namedGraphs[fileIRI(path)] = try load(path) }
        for iri in query.fromGraphs + query.fromNamedGraphs where dataset.namedGraphs[.iri(iri)] == nil {
            guard let url = URL(string: iri.string), url.isFileURL else { continue }
            dataset.namedGraphs[.iri(iri)] = try load(url.path)
        }
        let result = try query.evaluate(on: dataset, timeout: 20)
        guard let resultPath = test.resultPath else { return "no result file" }
        let graphForm = query.form == "CONSTRUCT" || query.form == "DESCRIBE"
        let expected = try W3CResultReader.read(resultPath, graphForm: graphForm)
        let ordered = text.range(of: #"ORDER\s+BY"#, options: [.regularExpression, .caseInsensitive]) != nil
        switch (expected, result) {
        case (.boolean(let e), .boolean(let a)):
            return e == a ? nil : "expected \(e), got \(a)"
        case (.graph(let e), .graph(let triples)):
            return e.isIsomorphic(to: Graph(triples)) ? nil : "graphs differ: got \(triples.count) triples, expected \(e.count)"
        case (.bindings(_, let e), .bindings(_, let a)):
            if ResultComparison.equal(expected: e, actual: a, ordered: ordered) { return nil }
            let shown = ProcessInfo.processInfo.environment["SPARQL_W3C_FAILURES"] == "all" ? 1000 : 3
            return "solutions differ: expected \(e.count) \(describe(e.prefix(shown))), got \(a.count) \(describe(a.prefix(shown)))"
        case (.csv(let header, let rows), .bindings):
            let actual = W3CResultReader.parseCSV(SPARQLDelimitedWriter.csv(result))
            func normalize(_ rows: [[String]]) -> [[String]] {
                rows.map { $0.map { $0.hasPrefix("_:") ? "_:" : $0 } }.sorted { $0.joined(separator: "\u{1}") < $1.joined(separator: "\u{1}") }
            }
            guard actual.first == header else { return "CSV header differs" }
            return normalize(Array(actual.dropFirst())) == normalize(rows) ? nil : "CSV rows differ"
        default:
            return "the answer has the wrong form: \(result)"
        }
    }

    private static func describe(_ rows: ArraySlice<[String: Term]>) -> String {
        rows.map { row in "{" + row.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "}" }.joined(separator: " ")
    }
}
