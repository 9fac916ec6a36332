import Foundation
import RDFModel
import TestSupport
import Testing

/// `communique query`: the scorer's and the competency questions' queries answer through
/// Communique's engine exactly as through pyoxigraph over the same dumps; and the command's
/// formats, errors and limits.
@Suite struct QueryCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let queries: [String] = {
        func list(_ folder: String) -> [String] {
            let path = fixtures.appendingPathComponent(folder).path
            return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.hasSuffix(".rq") }.sorted().map { "\(path)/\($0)" }
        }
        return list("query") + list("publish/competency")
    }()

    static var dumps: [String] {
        var dumps = [fixtures.appendingPathComponent("publish/seed-like.nq").path]
        let seed = repositoryRoot().appendingPathComponent("output/communique.nq").path
        if FileManager.default.fileExists(atPath: seed) { dumps.append(seed) }
        return dumps
    }

    /// pyoxigraph's answers (sorted N-Triples rows), by query file name.
    static func oxigraphAnswers(_ dump: String, mode: String) throws -> [String: [String]] {
        let script = fixtures.appendingPathComponent("publish/local_query.py").path
        // Every statement into pyoxigraph's default graph: the RDF merge of the dump's graphs, a set,
        // which is what `--union-default-graph` queries. (Oxigraph's own union default graph would
        // repeat a triple once per named graph holding it.)
        let outcome = try run("/usr/bin/env", ["python3", script, mode] + queries + ["--", dump])
        guard outcome.status == 0 else { throw QueryTestError("local_query.py failed (is pyoxigraph installed?): \(outcome.error)") }
        let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: [String: Any]] ?? [:]
        return object.mapValues { $0["rows"] as? [String] ?? [] }
    }

    /// Communique's answer to one query as sorted N-Triples rows, read from its JSON output.
    static func communiqueAnswer(_ dump: String, _ query: String, union: Bool) throws -> [String] {
        let outcome = try CommandLineTool.run(["query", dump, "--query", query, "--format", "json"] + (union ? ["--union-default-graph"] : []))
        guard outcome.status == 0 else { throw QueryTestError("communique query failed: \(outcome.standardError)") }
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any] ?? [:]
        let variables = (object["head"] as? [String: Any])?["vars"] as? [String] ?? []
        let bindings = (object["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]] ?? []
        return bindings.map { binding in
            variables.map { name -> String in
                guard let value = binding[name], let text = value["value"] else { return "-" }
                switch value["type"] {
                case "uri": return Term.iri(text).description
                case "bnode": return "_:" + text
                default:
                    if let language = value["xml:lang"] { return Term.literal(Literal(text, language: language)).description }
                    if let datatype = value["datatype"] { return Term.literal(Literal(text, datatype: IRI(unchecked: datatype))).description }
                    return Term.string(text).description
                }
            }.joined(separator: " ")
        }.sorted()
    }

    @Test(arguments: dumps)
    func everyScorerQueryAnswersAsPyoxigraphDoes(_ dump: String) throws {
        let merged = try Self.oxigraphAnswers(dump, mode: "--default-graph")
        let named = try Self.oxigraphAnswers(dump, mode: "--union")
        #expect(merged.count == Self.queries.count)
        for query in Self.queries {
            let name = URL(fileURLWithPath: query).lastPathComponent
            // Queries of named graphs (GRAPH ?g) run over the dump's graphs as they are.
            let ofNamedGraphs = (try String(contentsOfFile: query, encoding: .utf8)).contains("GRAPH")
            let expected = ofNamedGraphs ? named : merged
            let answer = try Self.communiqueAnswer(dump, query, union: !ofNamedGraphs)
            let oxigraph = expected[name] ?? []
            #expect(!oxigraph.isEmpty, "\(name): pyoxigraph gave no rows")
            #expect(answer == oxigraph, "\(name) over \(dump): \(answer.count) rows, pyoxigraph \(oxigraph.count); only Communique \(Set(answer).subtracting(oxigraph).sorted().prefix(3)), only pyoxigraph \(Set(oxigraph).subtracting(answer).sorted().prefix(3))")
        }
    }

    @Test func anEndpointAnswersAsTheFilesDo() throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let dump = Self.fixtures.appendingPathComponent("publish/seed-like.nq").path
        let published = try CommandLineTool.run(["publish", dump, "--endpoint", server.endpoint])
        #expect(published.status == 0, "\(published.standardError)")
        let select = "SELECT ?id WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id } ORDER BY ?id"
        let remote = try CommandLineTool.run(["query", "--endpoint", server.endpoint, "-q", select, "--format", "csv"])
        let local = try CommandLineTool.run(["query", dump, "--union-default-graph", "-q", select, "--format", "csv"])
        #expect(remote.status == 0, "\(remote.standardError)")
        #expect(remote.standardOutput == local.standardOutput)
        #expect(local.standardOutput.split(separator: "\r\n").count > 1)
        let ask = try CommandLineTool.run(["query", "--endpoint", server.endpoint, "-q", "ASK { ?s a <https://schema.org/NewsArticle> }", "--format", "json"])
        #expect(ask.standardOutput.contains("\"boolean\":true"), "\(ask.standardError)")
    }

    @Test func theTableCountsItsRows() throws {
        let dump = Self.fixtures.appendingPathComponent("publish/seed-like.nq").path
        let outcome = try CommandLineTool.run([
            "query", dump, "--union-default-graph", "-q",
            "SELECT ?id WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id } ORDER BY ?id",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "?id")
        #expect(lines.last?.hasSuffix("row") == true || lines.last?.hasSuffix("rows") == true)
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() throws {
        let dump = Self.fixtures.appendingPathComponent("publish/seed-like.nq").path
        let outcome = try CommandLineTool.run(["query", dump, "-q", "SELECT ?x\nWHERE { ?x ?p }"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("query:2:15:"), "\(outcome.standardError)")
    }

    @Test func aRunawayQueryStopsAtTheTimeout() throws {
        let dump = Self.fixtures.appendingPathComponent("publish/seed-like.nq").path
        let started = Date()
        let outcome = try CommandLineTool.run([
            "query", dump, "--union-default-graph", "--timeout", "1", "-q",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("time limit"), "\(outcome.standardError)")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aConstructAnswerIsWrittenAsRDF() throws {
        let dump = Self.fixtures.appendingPathComponent("publish/seed-like.nq").path
        let outcome = try CommandLineTool.run([
            "query", dump, "--union-default-graph", "--format", "ntriples", "-q",
            "CONSTRUCT { ?a <urn:x:id> ?id } WHERE { ?a <https://schema.org/identifier> ?id }",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("<urn:x:id>"))
        let refused = try CommandLineTool.run(["query", dump, "--format", "json", "-q", "CONSTRUCT WHERE { ?s ?p ?o }"])
        #expect(refused.status == 64)
    }

    @Test func missingDataIsABadInput() throws {
        let outcome = try CommandLineTool.run(["query", "/nonexistent/data.ttl", "-q", "ASK {}"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("/nonexistent/data.ttl"))
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("out")
        let err = folder.url.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "", (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

private struct QueryTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
