import Foundation
import RDFModel
import RDFSyntax
import Testing

@testable import SHACL

/// The W3C SHACL test suite, core section (98 tests), each compared as the suite prescribes:
/// `sh:conforms` equal, and the report graph isomorphic to the expected one after dropping
/// `sh:resultMessage`, literals compared exactly and paths as written in the shapes graph.
@Suite struct W3CSuiteTests {
    static let coreCases = W3CManifest.cases(section: "core")
    static let sparqlCases = W3CManifest.cases(section: "sparql")

    @Test func suiteHasAllCoreTests() {
        #expect(Self.coreCases.count == 98)
        #expect(Self.sparqlCases.count == 22)
    }

    @Test(arguments: coreCases) func core(_ test: W3CTestCase) throws {
        if let reason = w3cKnownFailures[test.name] {
            withKnownIssue(Comment(rawValue: reason)) { try run(test) }
        } else {
            try run(test)
        }
    }

    /// Shapes graphs that use SHACL-SPARQL are refused with a clear message, never silently half-run.
    @Test(arguments: sparqlCases) func sparqlIsRefused(_ test: W3CTestCase) throws {
        let shapes = try RDFParser.parse(file: test.shapesGraphPath)
        #expect(throws: ShapesError.self) { _ = try Validator(shapes: shapes) }
    }

    func run(_ test: W3CTestCase) throws {
        let manifest = try RDFParser.parse(file: test.manifestPath)
        let data = try RDFParser.parse(file: test.dataGraphPath)
        let shapes = test.shapesGraphPath == test.dataGraphPath ? data : try RDFParser.parse(file: test.shapesGraphPath)
        let report = try Validator(shapes: shapes).validate(data)
        let actualGraph = report.graph
        let actualNode = try #require(actualGraph.subjects(RDF.type, .iri(SH.ValidationReport)).first)
        let expected = W3CManifest.comparable(manifest, report: test.result)
        let actual = W3CManifest.comparable(actualGraph, report: actualNode)
        let expectedConforms = manifest.firstObject(of: test.result, SH.conforms)?.literal?.lexicalForm == "true"
        #expect(report.conforms == expectedConforms, "sh:conforms")
        #expect(
            expected.isIsomorphic(to: actual),
            "report graphs differ:\n\(expected.difference(from: actual))")
    }
}
