import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// The Turtle, RDF/XML and dot dumps made from the sorted merged graph.
@Suite struct SortedDumpsTests {
    static func export(_ corpus: String, to out: String, memoryLimit: Int = ExportConfiguration.defaultMemoryLimit,
                       pictureDetailLimit: Int = ExportConfiguration.defaultPictureDetailLimit, jobs: Int = 1) throws -> ExportReport {
        let config = ExportConfiguration(
            outputDirectory: out, minter: try IRIMinter(), jobs: jobs, memoryLimit: memoryLimit, pictureDetailLimit: pictureDetailLimit)
        return try Exporter(configuration: config, extract: ExporterTests.fakeExtract).run([corpus])
    }

    /// The bytes do not depend on the budget nor on the jobs, and are those of a writer holding
    /// the whole graph (the way the dumps were written before).
    @Test func theBudgetChangesNoByte() throws {
        let corpus = try ExporterTests.corpus(40)
        defer { corpus.remove() }
        let roomy = try TemporaryFolder()
        let tight = try TemporaryFolder()
        defer { roomy.remove(); tight.remove() }
        _ = try Self.export(corpus.url.path, to: roomy.url.path)
        _ = try Self.export(corpus.url.path, to: tight.url.path, memoryLimit: 1, jobs: 2)
        let a = try ExporterTests.files(in: roomy.url.path)
        let b = try ExporterTests.files(in: tight.url.path)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs with a budget that spills") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tight.url.path).allSatisfy { !$0.hasPrefix(".") })
        // The graph in memory, written whole, gives the same Turtle and RDF/XML.
        let graph = try RDFParser.parse(file: roomy.path("communique.nt"))
        let whole = try TemporaryFolder()
        defer { whole.remove() }
        for name in ["communique.ttl", "communique.rdf"] {
            try RDFSerializer.write(graph, to: whole.path(name), format: RDFFormat(path: name)!, prefixes: Exporter.prefixes(try IRIMinter()))
            #expect(try Data(contentsOf: URL(fileURLWithPath: whole.path(name))) == a[name], "\(name) is not what one writer holding the graph writes")
        }
    }

    @Test func aBigGraphIsPicturedByItsSchema() throws {
        let corpus = try ExporterTests.corpus(3)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        let report = try Self.export(corpus.url.path, to: out.url.path, pictureDetailLimit: 10)
        let dot = try String(contentsOfFile: out.path("communique.dot"), encoding: .utf8)
        #expect(dot.contains("Schema summary: \(report.triples) triples"))
        #expect(dot.contains("schema:Person"))
        #expect(dot.contains("schema:name"))
        #expect(report.notes.contains { $0.contains("schema summary") })
        let small = try TemporaryFolder()
        defer { small.remove() }
        _ = try Self.export(corpus.url.path, to: small.url.path)
        let drawing = try String(contentsOfFile: small.path("communique.dot"), encoding: .utf8)
        #expect(!drawing.contains("Schema summary"))
        #expect(!drawing.contains("#char="), "text spans are left out of the drawing")
    }
}
