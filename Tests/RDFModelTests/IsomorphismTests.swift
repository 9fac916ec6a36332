import RDFModel
import Testing

@Suite struct IsomorphismTests {
    static let p = IRI(unchecked: "http://example.org/p")
    static let q = IRI(unchecked: "http://example.org/q")
    static func b(_ label: String) -> Term { .blankNode(BlankNode(label)) }
    static func i(_ local: String) -> Term { .iri("http://example.org/\(local)") }

    @Test func groundGraphsCompareBySet() {
        let a = Graph([Triple(Self.i("a"), Self.p, .string("x")), Triple(Self.i("a"), Self.q, Self.i("b"))])
        let b = Graph([Triple(Self.i("a"), Self.q, Self.i("b")), Triple(Self.i("a"), Self.p, .string("x"))])
        #expect(a.isIsomorphic(to: b))
        let c = Graph([Triple(Self.i("a"), Self.p, .string("y")), Triple(Self.i("a"), Self.q, Self.i("b"))])
        #expect(!a.isIsomorphic(to: c))
        #expect(a.difference(from: c).onlyInFirst.map(\.triple) == [Triple(Self.i("a"), Self.p, .string("x"))])
    }

    @Test func blankNodesAreMatchedWhateverTheirLabels() throws {
        let a = Graph([
            Triple(Self.i("a"), Self.p, Self.b("x")), Triple(Self.b("x"), Self.q, .string("1")),
            Triple(Self.b("x"), Self.p, Self.b("y")), Triple(Self.b("y"), Self.q, .string("2")),
        ])
        let b = Graph([
            Triple(Self.b("n2"), Self.q, .string("2")), Triple(Self.b("n1"), Self.p, Self.b("n2")),
            Triple(Self.i("a"), Self.p, Self.b("n1")), Triple(Self.b("n1"), Self.q, .string("1")),
        ])
        let mapping = try #require(a.blankNodeMapping(to: b))
        #expect(mapping == [BlankNode("x"): BlankNode("n1"), BlankNode("y"): BlankNode("n2")])
        // Swapping the literals breaks it.
        let c = Graph([
            Triple(Self.b("n2"), Self.q, .string("1")), Triple(Self.b("n1"), Self.p, Self.b("n2")),
            Triple(Self.i("a"), Self.p, Self.b("n1")), Triple(Self.b("n1"), Self.q, .string("2")),
        ])
        #expect(!a.isIsomorphic(to: c))
    }

    @Test func symmetricBlankStructuresNeedBacktracking() {
        // Two 3-cycles versus one 6-cycle: every node looks alike to colour refinement.
        func cycle(_ labels: [String]) -> [Triple] {
            labels.indices.map { Triple(Self.b(labels[$0]), Self.p, Self.b(labels[($0 + 1) % labels.count])) }
        }
        let twoTriangles = Graph(cycle(["a", "b", "c"]) + cycle(["d", "e", "f"]))
        let hexagon = Graph(cycle(["1", "2", "3", "4", "5", "6"]))
        let twoTrianglesRelabelled = Graph(cycle(["u", "v", "w"]) + cycle(["x", "y", "z"]))
        #expect(!twoTriangles.isIsomorphic(to: hexagon))
        #expect(twoTriangles.isIsomorphic(to: twoTrianglesRelabelled))
    }

    @Test func datasetsCompareGraphNamesAndSharedBlankNodes() {
        var a = Dataset()
        a.insert(Quad(Triple(Self.b("x"), Self.p, .string("1")), graph: Self.i("g")))
        a.insert(Quad(Triple(Self.b("x"), Self.q, .string("2"))))
        var b = Dataset()
        b.insert(Quad(Triple(Self.b("y"), Self.q, .string("2"))))
        b.insert(Quad(Triple(Self.b("y"), Self.p, .string("1")), graph: Self.i("g")))
        #expect(a.isIsomorphic(to: b))
        var c = Dataset()
        c.insert(Quad(Triple(Self.b("y"), Self.q, .string("2"))))
        c.insert(Quad(Triple(Self.b("z"), Self.p, .string("1")), graph: Self.i("g")))
        #expect(!a.isIsomorphic(to: c), "the blank node is shared across graphs in a, not in c")
        var d = Dataset()
        d.insert(Quad(Triple(Self.b("y"), Self.q, .string("2"))))
        d.insert(Quad(Triple(Self.b("y"), Self.p, .string("1")), graph: Self.i("h")))
        #expect(!a.isIsomorphic(to: d))
    }

    @Test func differenceIsReadable() {
        let a = Graph([Triple(Self.i("a"), Self.p, .string("x"))])
        let b = Graph([Triple(Self.i("a"), Self.p, .string("y"))])
        let text = a.difference(from: b).description
        #expect(text.contains("- <http://example.org/a> <http://example.org/p> \"x\" ."))
        #expect(text.contains("+ <http://example.org/a> <http://example.org/p> \"y\" ."))
    }
}
