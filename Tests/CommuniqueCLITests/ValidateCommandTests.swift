import Foundation
import RDFModel
import RDFSyntax
import Testing
import TestSupport

/// `communique validate` through the built binary: exit codes, every report format, provenance
/// locations, refused inputs, and the seed export against Schemas/shapes.ttl.
@Suite struct ValidateCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/validate")
    static let sh = "http://www.w3.org/ns/shacl#"

    func run(_ arguments: [String], in directory: URL = fixtures) throws -> CommandLineTool.Outcome {
        try CommandLineTool.run(["validate"] + arguments, in: directory)
    }

    /// Compares with a snapshot in Fixtures/validate/expected; `RECORD_SNAPSHOTS=1` rewrites it and fails.
    func expectSnapshot(_ actual: String, _ name: String) throws {
        let url = Self.fixtures.appendingPathComponent("expected/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again without RECORD_SNAPSHOTS")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func conformingDataExitsZero() throws {
        let outcome = try run(["data-ok.ttl", "--shapes", "shapes.ttl"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Conforms: no results.\n")
    }

    @Test func brokenDataGivesTheTextReport() throws {
        let outcome = try run(["data-broken.ttl", "data-extra.nt", "--shapes", "shapes.ttl"])
        #expect(outcome.status == 1)
        try expectSnapshot(outcome.standardOutput, "broken.txt")
    }

    @Test func everyFormatCarriesEveryResult() throws {
        let arguments = ["data-broken.ttl", "data-extra.nt", "--shapes", "shapes.ttl", "--format"]
        let json = try run(arguments + ["json"])
        #expect(json.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["conforms"] as? Bool == false)
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(results.count == 8)

        let sarif = try run(arguments + ["sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect((runs.first?["results"] as? [Any])?.count == 8)
        #expect(sarif.standardOutput.contains(#""uri" : "data-broken.ttl""#))

        let junit = try run(arguments + ["junit"])
        #expect(junit.standardOutput.hasPrefix("<?xml"))
        #expect(junit.standardOutput.components(separatedBy: "<failure ").count - 1 == 8)

        let github = try run(arguments + ["github"])
        let lines = github.standardOutput.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 7)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("::error file=data-broken.ttl,line=4,col=1,") })

        let turtle = try run(arguments + ["turtle"])
        let report = try RDFParser.parse(string: turtle.standardOutput, format: .turtle)
        #expect(report.triples(predicate: IRI(unchecked: Self.sh + "result")).count == 8)
        #expect(report.triples(predicate: IRI(unchecked: Self.sh + "conforms")).first?.object == .literal(Literal("false", datatype: XSD.boolean)))
    }

    @Test func outputFileTakesTheReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("report.json")
        let outcome = try run(["data-broken.ttl", "--shapes", "shapes.ttl", "--format", "json", "-o", path])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(#""conforms" : false"#))
    }

    @Test func resultsPointAtTheArticleSpan() throws {
        let outcome = try run(["provenance.ttl", "--shapes", "shapes.ttl", "--articles", "articles"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("at articles/000_fixture.txt:3:30  article 000_fixture, characters 65–161:"))
        let github = try run(["provenance.ttl", "--shapes", "shapes.ttl", "--articles", "articles", "--format", "github"])
        #expect(github.standardOutput.contains("::error file=articles/000_fixture.txt,line=3,col=30,endLine=4,endColumn=51,"))
    }

    @Test func syntaxErrorsExitTwoWithTheirLocation() throws {
        let outcome = try run(["bad-syntax.ttl", "--shapes", "shapes.ttl"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("communique validate: "))
        #expect(outcome.standardError.contains("bad-syntax.ttl:4"))
    }

    @Test func illFormedShapesExitTwoNamingShapeAndTriple() throws {
        let outcome = try run(["data-ok.ttl", "--shapes", "illformed-shapes.ttl"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("shape [ sh:path <http://example.org/name> ] of <http://example.org/PersonShape>"))
        #expect(outcome.standardError.contains(#"sh:minCount must be a non-negative xsd:integer, found "one""#))
        #expect(outcome.standardError.contains(#"<http://www.w3.org/ns/shacl#minCount> "one" ."#))
    }

    @Test func sparqlShapesAreRefused() throws {
        let outcome = try run(["data-ok.ttl", "--shapes", "sparql-shapes.ttl"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("SPARQL-based constraints"))
    }

    @Test func usageErrors() throws {
        #expect(try run(["data-ok.ttl"]).status == 64)
        #expect(try run(["--shapes", "shapes.ttl"]).status == 64)
        #expect(try run(["data-ok.ttl", "--shapes", "shapes.ttl", "--format", "xml"]).status == 64)
    }

    // MARK: The seed export

    static let root = repositoryRoot()
    static let export = root.appendingPathComponent("output/communique.ttl")
    static let hasExport = FileManager.default.fileExists(atPath: export.path)

    @Test(.enabled(if: hasExport, "output/communique.ttl is produced by communique export"))
    func seedExportConforms() throws {
        let outcome = try run(["output/communique.ttl", "--shapes", "Schemas/shapes.ttl"], in: Self.root)
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput == "Conforms: no results.\n")
    }

    /// A broken copy of the seed export: one person loses its name, one event gets an ill-typed
    /// start date, one country a lower-case code, one quotation its speaker. Exactly those four
    /// violations come back, each at its focus node, and the event's points at its article.
    @Test(.enabled(if: hasExport, "output/communique.ttl is produced by communique export"))
    func brokenSeedExportGivesExactlyTheExpectedViolations() throws {
        var graph = try RDFParser.parse(file: Self.export.path)
        let schema = "https://schema.org/"
        func iri(_ s: String) -> IRI { IRI(unchecked: s) }
        func first(_ type: String, without: String? = nil) throws -> Term {
            let instances = graph.instances(of: iri(schema + type)).sorted()
            let chosen = instances.first { without == nil || graph.objects(of: $0, iri(schema + without!)).isEmpty }
            return try #require(chosen, "the export has no \(type)")
        }
        let person = try first("Person")
        for triple in graph.triples(subject: person, predicate: iri(schema + "name")) { graph.remove(triple) }
        let event = try first("Event", without: "endDate")
        for triple in graph.triples(subject: event, predicate: iri(schema + "startDate")) { graph.remove(triple) }
        graph.insert(Triple(event, iri(schema + "startDate"), .literal(Literal("2022-13-45", datatype: XSD.date))))
        let country = try first("Country")
        for triple in graph.triples(subject: country, predicate: iri(schema + "identifier")) { graph.remove(triple) }
        graph.insert(Triple(country, iri(schema + "identifier"), .string("xx")))
        let quotation = try first("Quotation")
        for triple in graph.triples(subject: quotation, predicate: iri(schema + "creator")) { graph.remove(triple) }

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let broken = folder.path("broken.nt")
        try RDFSerializer.write(graph, to: broken, format: .ntriples)
        let outcome = try run([broken, "--shapes", "Schemas/shapes.ttl", "--format", "json"], in: Self.root)
        #expect(outcome.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        let found = Set(results.map { "\($0["sourceConstraintComponent"] as? String ?? "") \($0["focusNode"] as? String ?? "") \($0["resultPath"] as? String ?? "")" })
        let component = { (name: String) in Self.sh + name + "ConstraintComponent" }
        #expect(found == [
            "\(component("MinCount")) \(person) <\(schema)name>",
            "\(component("Datatype")) \(event) <\(schema)startDate>",
            "\(component("Pattern")) \(country) <\(schema)identifier>",
            "\(component("MinCount")) \(quotation) <\(schema)creator>",
        ])
        #expect(results.count == 4)
        let eventResult = try #require(results.first { ($0["focusNode"] as? String) == event.description })
        let locations = try #require(eventResult["locations"] as? [[String: Any]])
        #expect((locations.first?["file"] as? String)?.hasPrefix("seeds/") == true, "\(locations)")
    }
}
