import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// Outputs bigger than the parsers' internal limits still read back (libxml2 refuses one input
/// chunk over 10 MB without XML_PARSE_HUGE: "Huge input lookup").
@Suite struct LargeOutputTests {
    /// About 12 MB of RDF/XML: 12,000 statements with 1 KB literals, and blank nodes (so the
    /// written text is compared by isomorphism, read back from memory).
    static let bigGraph: Graph = {
        var graph = Graph()
        let text = String(repeating: "communique ", count: 93)
        let name = IRI(unchecked: "https://schema.org/description")
        for index in 0..<12_000 {
            let subject: Term = index % 100 == 0 ? .blankNode(BlankNode("b\(index)")) : .iri(IRI(unchecked: "https://communique.example/id/article/\(index)"))
            graph.insert(Triple(subject, name, .literal(Literal("\(text)\(index)", language: "en"))))
        }
        return graph
    }()

    @Test func rdfxmlOverTenMegabytesReadsBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.rdf")
        try RDFSerializer.write(Self.bigGraph, to: path, format: .rdfxml)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size > 11_000_000)
        #expect(try RDFParser.parse(file: path).isIsomorphic(to: Self.bigGraph))
    }

    @Test func bigTurtleStreamsThroughPiecesToEveryFormat() throws {
        let folder = try TemporaryFolder()
        let turtle = folder.path("big.ttl")
        try RDFSerializer.write(Self.bigGraph, to: turtle, format: .turtle)
        for format in [RDFFormat.ntriples, .turtle, .rdfxml] {
            let output = folder.path("out." + format.fileExtension)
            #expect(try RDFConverter.stream(from: turtle, to: output) == Self.bigGraph.count)
            #expect(try RDFParser.parse(file: output).isIsomorphic(to: Self.bigGraph), "\(format)")
        }
    }
}
