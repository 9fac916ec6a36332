import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `convert` keeps a labelled blank node and an anonymous one apart, streaming and sorted, in
/// every output syntax (issue 13's reproductions).
@Suite struct BlankNodeConvertTests {
    static let inputs: [(name: String, text: String)] = [
        ("in.ttl", "_:genid1 <http://e/p> [] .\n"),
        ("in.rdf", """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
              <rdf:Description rdf:nodeID="genid1"><e:p><rdf:Description><e:q>x</e:q></rdf:Description></e:p></rdf:Description>
            </rdf:RDF>
            """),
    ]

    @Test(arguments: [0, 1], ["nt", "ttl", "rdf", "nq"])
    func twoBlankNodesStayTwo(_ input: Int, _ ext: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (name, text) = Self.inputs[input]
        try text.write(toFile: folder.path(name), atomically: true, encoding: .utf8)
        for extra in [[], ["--sorted"]] {
            let out = folder.path("out.\(ext)")
            let run = try CommandLineTool.run(["convert", folder.path(name), "-o", out] + extra)
            #expect(run.status == 0, "\(run.standardError)")
            let graph = try RDFParser.parse(file: out)
            var nodes = Set<BlankNode>()
            for t in graph {
                if let b = t.subject.blankNode { nodes.insert(b) }
                if let b = t.object.blankNode { nodes.insert(b) }
            }
            #expect(nodes.count == 2, "\(name) → \(ext) \(extra): \(graph)")
        }
    }
}
