import Foundation
import RDFModel
import RDFSyntax
import Testing

/// Labels raptor makes for anonymous blank nodes never equal labels in the input, so two blank
/// nodes are never merged by accident (issue 13: `_:genid1` beside `[]`, `rdf:nodeID="genid1"`
/// beside an anonymous node).
@Suite struct BlankNodeLabelTests {
    static func blankNodes(_ graph: Graph) -> Set<BlankNode> {
        var nodes = Set<BlankNode>()
        for t in graph {
            if let b = t.subject.blankNode { nodes.insert(b) }
            if let b = t.object.blankNode { nodes.insert(b) }
        }
        return nodes
    }

    static let cases: [(String, RDFFormat, Int)] = [
        ("_:genid1 <http://e/p> [] .\n", .turtle, 2),
        ("_:genid1 <http://e/p> [ <http://e/q> _:genid2 ] .\n_:ugenid1 <http://e/p> _:genid1 .\n", .turtle, 4),
        ("_:genid1 <http://e/p> ( 1 2 ) .\n", .turtle, 3),
        ("{ _:genid1 <http://e/p> [] . }\n", .trig, 2),
        ("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
          <rdf:Description rdf:nodeID="genid1"><e:p><rdf:Description><e:q>x</e:q></rdf:Description></e:p></rdf:Description>
        </rdf:RDF>
        """, .rdfxml, 2),
    ]

    @Test(arguments: 0..<cases.count) func anonymousNodesStayApartFromLabelledOnes(_ i: Int) throws {
        let (text, format, expected) = Self.cases[i]
        if format == .trig {
            let dataset = try RDFParser.parseDataset(string: text, format: format)
            #expect(Self.blankNodes(dataset.unionGraph).count == expected)
            return
        }
        let graph = try RDFParser.parse(string: text, format: format)
        #expect(Self.blankNodes(graph).count == expected, "\(graph)")
    }

    /// Labels that do not look generated are kept as written.
    @Test func otherLabelsAreKept() throws {
        let graph = try RDFParser.parse(string: "_:alice <http://e/knows> _:bob .\n", format: .turtle)
        #expect(Set(Self.blankNodes(graph).map(\.description)) == ["_:alice", "_:bob"])
    }
}
