import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing
import TripleStore

#if canImport(Glibc)
import Glibc
#endif

/// `communique publish` against a real `oxigraph serve`: what the server answers after a publish
/// must equal what the same dump answers locally (pyoxigraph), question by question.
@Suite(.serialized) struct PublishCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/publish")
    static let queries = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("competency").path))
        .map { $0.filter { $0.hasSuffix(".rq") }.sorted() } ?? []

    /// The hand-made fixture, and the seed export when `communique export` has written it.
    static var dumps: [String] {
        var dumps = [fixtures.appendingPathComponent("seed-like.nq").path]
        let seed = repositoryRoot().appendingPathComponent("output/communique.nq").path
        if FileManager.default.fileExists(atPath: seed) { dumps.append(seed) }
        return dumps
    }

    /// What the dump answers locally: query file name → sorted rows.
    static func localAnswers(_ dump: String, union: Bool) throws -> [String: [String]] {
        let script = fixtures.appendingPathComponent("local_query.py").path
        let queryPaths = queries.map { fixtures.appendingPathComponent("competency/\($0)").path }
        let outcome = try runProgram("/usr/bin/env", ["python3", script, union ? "--union" : "--default-graph"] + queryPaths + ["--", dump])
        guard outcome.status == 0 else {
            throw LocalQueryError(description: "local_query.py failed (is pyoxigraph installed? .ci/setup installs it): \(outcome.standardError)")
        }
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: [String: Any]] ?? [:]
        return object.mapValues { $0["rows"] as? [String] ?? [] }
    }

    /// What the server answers: query file name → sorted rows.
    static func serverAnswers(_ endpoint: String, union: Bool) throws -> [String: [String]] {
        let sparql = SPARQLClient(endpoint: try StoreEndpoint(endpoint: endpoint), timeout: 60, retry: RetryPolicy(attempts: 1))
        var answers: [String: [String]] = [:]
        for name in queries {
            let text = try String(contentsOf: fixtures.appendingPathComponent("competency/\(name)"), encoding: .utf8)
            answers[name] = try sparql.select(text, unionDefaultGraph: union).sortedRows
        }
        return answers
    }

    @Test(arguments: dumps)
    func theServerAnswersEveryCompetencyQuestionAsTheLocalGraphDoes(_ dump: String) throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let local = try Self.localAnswers(dump, union: false)
        let expectedTriples = try RDFParser.parseDataset(file: dump).unionGraph.count
        for round in 1...2 {
            let outcome = try CommandLineTool.run(["publish", dump, "--endpoint", server.endpoint])
            #expect(outcome.status == 0, "round \(round): \(outcome.standardError)")
            #expect(outcome.standardOutput.contains("into the default graph at \(server.endpoint)/store"))
            let sparql = SPARQLClient(endpoint: try StoreEndpoint(endpoint: server.endpoint))
            #expect(try sparql.tripleCount() == expectedTriples, "round \(round)")
            #expect(try sparql.tripleCount(allGraphs: true) == expectedTriples, "nothing lands in a named graph")
            let answers = try Self.serverAnswers(server.endpoint, union: false)
            for name in Self.queries {
                #expect(answers[name] == local[name], "round \(round), \(name)")
            }
        }
        if dump.hasSuffix("seed-like.nq") {
            // The fixture answers every question, so equal answers are not equal emptiness.
            for name in Self.queries where name != "0-quads.rq" { #expect(local[name]?.isEmpty == false, "\(name)") }
        }
    }

    @Test(arguments: dumps)
    func graphPerArticleKeepsEachArticlesGraph(_ dump: String) throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let dataset = try RDFParser.parseDataset(file: dump)
        let local = try Self.localAnswers(dump, union: true)
        for round in 1...2 {
            let outcome = try CommandLineTool.run(["publish", dump, "--endpoint", server.endpoint, "--graph-per-article", "--batch-size", "5"])
            #expect(outcome.status == 0, "round \(round): \(outcome.standardError)")
            let sparql = SPARQLClient(endpoint: try StoreEndpoint(endpoint: server.endpoint))
            #expect(try sparql.tripleCount(allGraphs: true) == dataset.count, "round \(round)")
            #expect(try sparql.tripleCount() == dataset.defaultGraph.count)
            for (name, graph) in dataset.namedGraphs {
                guard case .iri(let iri) = name else { continue }
                #expect(try sparql.tripleCount(graph: .named(iri)) == graph.count, "\(iri)")
            }
            let answers = try Self.serverAnswers(server.endpoint, union: true)
            for name in Self.queries {
                #expect(answers[name] == local[name], "round \(round), \(name)")
            }
        }
    }

    @Test func aNamedGraphTakesEverythingAndOtherSyntaxesWork() throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = Self.fixtures.appendingPathComponent("seed-like.nq").path
        let graph = try RDFParser.parseDataset(file: dump).unionGraph
        let turtle = folder.path("dump.ttl")
        try RDFSerializer.write(graph, to: turtle, format: .turtle)
        let outcome = try CommandLineTool.run(["publish", turtle, "--endpoint", server.endpoint, "--graph", "https://example.org/all", "--verify"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("verified: <https://example.org/all> holds \(graph.count) triples"))
        let sparql = SPARQLClient(endpoint: try StoreEndpoint(endpoint: server.endpoint))
        #expect(try sparql.tripleCount(graph: .named(IRI(unchecked: "https://example.org/all"))) == graph.count)
        #expect(try sparql.tripleCount() == 0)
    }

    @Test func aStoppedServerIsReportedWithTheEndpointAndExitStatus2() throws {
        let port = try OxigraphServer.freePort()
        let dump = Self.fixtures.appendingPathComponent("seed-like.nq").path
        let outcome = try CommandLineTool.run(["publish", dump, "--endpoint", "http://127.0.0.1:\(port)", "--retries", "1"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("PUT http://127.0.0.1:\(port)/store?default failed: connection refused"))
        #expect(outcome.standardError.contains("retrying"))
        #expect(outcome.standardError.contains("graphs loaded before the failure (0): none"))
        #expect(outcome.standardOutput.isEmpty, "a failed load is never reported as published")
    }

    @Test func aClientErrorCarriesTheServersMessage() throws {
        let server = try OxigraphServer.start()
        defer { server.stop() }
        let dump = Self.fixtures.appendingPathComponent("seed-like.nq").path
        let outcome = try CommandLineTool.run(["publish", dump, "--store-url", "\(server.endpoint)/nowhere"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("PUT \(server.endpoint)/nowhere?default failed with HTTP 404"))
        #expect(outcome.standardError.contains("is not supported by this server"))
        #expect(!outcome.standardError.contains("retrying"), "a 4xx is not retried")
    }

    @Test func a5xxIsRetriedThenReportedWithTheGraphsThatWereLoaded() throws {
        let port = try OxigraphServer.freePort()
        // The first request succeeds, then every one fails with 503.
        let fake = try FakeStore(port: port, status: 503, okFirst: 1)
        defer { fake.stop() }
        let dump = Self.fixtures.appendingPathComponent("seed-like.nq").path
        let outcome = try CommandLineTool.run([
            "publish", dump, "--endpoint", "http://127.0.0.1:\(port)", "--graph-per-article", "--batch-size", "40", "--retries", "2",
        ])
        #expect(outcome.status == 2)
        let error = outcome.standardError
        #expect(error.components(separatedBy: "retrying in").count - 1 == 2, "\(error)")
        #expect(error.contains("failed with HTTP 503 Service Unavailable: fake store says 503"))
        // Each article's graph fits one request; a1 (34 statements, the larger buffer) goes first.
        #expect(error.contains("graphs loaded before the failure (1): <https://example.org/article/a1>"), "\(error)")
        #expect(error.contains("graphs not or only partly loaded (1): <https://example.org/article/a2>"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func missingInputIsRefusedBeforeAnyRequest() throws {
        let port = try OxigraphServer.freePort()
        let outcome = try CommandLineTool.run(["publish", "/no/such/dump.nq", "--endpoint", "http://127.0.0.1:\(port)"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("/no/such/dump.nq: no such file"))
        #expect(!outcome.standardError.contains("refused"))
    }

    @Test(arguments: [
        ["publish", "x.nq"],
        ["publish", "--endpoint", "http://127.0.0.1:1"],
        ["publish", "x.nq", "--endpoint", "http://127.0.0.1:1", "--graph", "https://e.org/g", "--graph-per-article"],
        ["publish", "x.nq", "--endpoint", "127.0.0.1:7878"],
        ["publish", "x.nq", "--endpoint", "http://127.0.0.1:1", "--graph", "not an iri"],
        ["publish", "x.nq", "--endpoint", "http://127.0.0.1:1", "--batch-size", "0"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let outcome = try CommandLineTool.run(arguments)
        #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
    }
}

private struct LocalQueryError: Error, CustomStringConvertible {
    let description: String
}

/// `fake_store.py` on a loopback port, stopped by ``stop()``.
private final class FakeStore {
    let process = Process()

    init(port: Int, status: Int, okFirst: Int) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", PublishCommandTests.fixtures.appendingPathComponent("fake_store.py").path, "\(port)", "\(status)", "\(okFirst)",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !OxigraphServer.canConnect(port: port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw LocalQueryError(description: "fake_store.py did not listen on port \(port)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }
}

/// What a program printed and how it ended.
private struct ProgramOutcome {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs a program and collects what it printed.
private func runProgram(_ executable: String, _ arguments: [String]) throws -> ProgramOutcome {
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
    return ProgramOutcome(
        status: process.terminationStatus, standardOutput: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
        standardError: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
}
