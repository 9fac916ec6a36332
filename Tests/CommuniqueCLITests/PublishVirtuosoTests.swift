import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing
import TripleStore

/// `communique publish` into a live Virtuoso (Debian's `virtuoso-opensource`, started by the test in
/// a temporary folder), through the Graph Store endpoint that asks for HTTP Digest authentication:
/// load, replace, merge, per-article graphs, `--verify`, and the competency questions answered as
/// the local dump answers them.
@Suite(.serialized) struct PublishVirtuosoTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/publish")
    static let seedExport = repositoryRoot().appendingPathComponent("output/communique.nq").path

    func publish(_ server: VirtuosoServer, _ arguments: [String]) throws -> CommandLineTool.Outcome {
        try CommandLineTool.run(
            ["publish"] + arguments + [
                "--user", server.user, "--store-url", server.storeURL, "--query-url", server.queryURL, "--timeout", "60",
            ],
            environment: [StoreCredentials.passwordVariable: server.password])
    }

    @Test func loadsReplacesMergesAndAnswersAsTheLocalDump() throws {
        let server = try VirtuosoServer.start()
        defer { server.stop() }
        let dataset = try RDFParser.parseDataset(file: Self.seedExport)
        let sparql = SPARQLClient(endpoint: try StoreEndpoint(endpoint: nil, storeURL: server.storeURL, queryURL: server.queryURL))

        // Per-article graphs, twice: the second run replaces, so the counts stay.
        for round in 1...2 {
            let outcome = try publish(server, [Self.seedExport, "--graph-per-article", "--verify"])
            #expect(outcome.status == 0, "round \(round): \(outcome.standardError)")
            #expect(!outcome.standardOutput.contains(server.password) && !outcome.standardError.contains(server.password))
            for (name, graph) in dataset.namedGraphs {
                guard case .iri(let iri) = name else { continue }
                #expect(outcome.standardOutput.contains("verified: \(iri) holds \(graph.count) triples"), "round \(round), \(iri)")
                #expect(try sparql.tripleCount(graph: .named(iri)) == graph.count)
            }
        }

        // One named graph, merged twice: RDF graphs are sets, so the count is the graph's.
        let all = IRI(unchecked: "https://example.org/communique/all")
        let union = dataset.unionGraph
        for _ in 1...2 {
            let outcome = try publish(server, [Self.seedExport, "--graph", all.string, "--merge"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
        #expect(try sparql.tripleCount(graph: .named(all)) == union.count)

        // The competency questions over that graph answer as the local dump does.
        let queries = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("competency").path)
            .filter { $0.hasSuffix(".rq") && !$0.hasPrefix("0-") }.sorted()
        let local = try PublishCommandTests.localAnswers(Self.seedExport, union: true)
        for name in queries {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("competency/\(name)"), encoding: .utf8)
            // FROM names the graph: Virtuoso's default graph is every graph, its own system graphs too.
            let scoped = text.replacingOccurrences(of: "WHERE {", with: "FROM \(all) WHERE {", options: [], range: text.range(of: "WHERE {"))
            // Set semantics: the union of the article graphs repeats what several articles say.
            let answer = Set(try sparql.select(scoped).sortedRows)
            let expected = Set(local[name] ?? [])
            #expect(answer == expected, "\(name): only Virtuoso \(answer.subtracting(expected).sorted().prefix(3)), only local \(expected.subtracting(answer).sorted().prefix(3))")
            #expect(!expected.isEmpty, "\(name) answers something")
        }

        // A wrong password is refused with the store's answer, exit 2.
        let refused = try CommandLineTool.run(
            ["publish", Self.seedExport, "--user", "\(server.user):wrong", "--store-url", server.storeURL, "--retries", "0"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("HTTP 401"), "\(refused.standardError)")
    }
}
