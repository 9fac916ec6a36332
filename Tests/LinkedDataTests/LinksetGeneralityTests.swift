import Extraction
import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// Identity across the 87 hand-written generality articles (`ExtractionTests/Fixtures/generality`):
/// every gold person named in two or more articles has one IRI, following the linkset
/// (before the name keys and the linkset: 40 of 42; "Lloyd Austin"/"Lloyd J. Austin III" and
/// "Michael Kurilla"/"Michael Erik Kurilla" were split).
@Suite struct LinksetGeneralityTests {
    static let generality = TestPaths.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/generality")

    @Test func everyPersonOfSeveralArticlesHasOneIRI() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let extractor = try Extractor()
        let config = ExportConfiguration(outputDirectory: out.url.path, formats: [.ntriples], minter: try IRIMinter())
        _ = try Exporter(configuration: config, extract: { extractor.extract($0) })
            .run([Self.generality.appendingPathComponent("articles").path])
        var graph = try RDFParser.parse(file: out.path("communique.nt"), format: .ntriples)
        graph.insert(contentsOf: Array(try RDFParser.parse(file: out.path("communique.links.nt"), format: .ntriples)))
        let result = Scorer.score(graph, gold: try GoldArticle.load(Self.generality.appendingPathComponent("gold").path))
        #expect(result.identityN >= 42)
        #expect(result.identityGood == result.identityN, "persons in 2+ articles split: \(result.identityN - result.identityGood)")
    }
}
