import Testing

@testable import RDFModel

/// The graph's own hash tables and index sorts, against Swift's `Set` and `sorted()` as
/// reference: enough triples to grow the tables many times and to take the counting-sort path.
@Suite struct GraphStorageTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func term(_ n: Int) -> Term {
        switch n % 4 {
        case 0: .iri("https://example.org/node/\(n)")
        case 1: .blankNode(BlankNode("b\(n)"))
        case 2: .literal(Literal("value \(n)", language: n % 8 == 2 ? "en" : "fr"))
        default: .literal(Literal("\(n)", datatype: XSD.integer))
        }
    }

    @Test func insertRemoveAndLookupsAgreeWithSet() {
        var random = Generator(state: 7)
        var graph = Graph()
        var reference = Set<Triple>()
        for step in 0..<12_000 {
            let s = term(Int.random(in: 0..<300, using: &random) * 4)
            let p = IRI(unchecked: "https://example.org/p\(Int.random(in: 0..<5, using: &random))")
            let o = term(Int.random(in: 0..<400, using: &random))
            let triple = Triple(s, p, o)
            if step % 5 == 4 {
                #expect(graph.remove(triple) == (reference.remove(triple) != nil))
            } else {
                #expect(graph.insert(triple) == reference.insert(triple).inserted)
            }
        }
        #expect(graph.count == reference.count)
        #expect(Set(graph.map { $0 }) == reference)
        for triple in reference.prefix(500) { #expect(graph.contains(triple)) }
        #expect(!graph.contains(Triple(.iri("https://example.org/none"), RDF.type, .iri("https://example.org/none"))))
        // Pattern lookups through the sorted indexes (counting-sort path: more than 4,096 triples).
        let p0 = IRI(unchecked: "https://example.org/p0")
        #expect(graph.triples(predicate: p0).count == reference.filter { $0.predicate == p0 }.count)
        let some = reference.first!
        #expect(Set(graph.triples(subject: some.subject)) == reference.filter { $0.subject == some.subject })
        #expect(Set(graph.triples(object: some.object)) == reference.filter { $0.object == some.object })
        #expect(graph.sortedTriples() == reference.sorted())
        graph._checkInvariants()
    }

    @Test func termsRoundTripThroughTheirKeys() {
        var graph = Graph()
        let terms: [Term] = [
            .iri(""), .iri("https://example.org/é"), .blankNode(BlankNode("x")), .string(""),
            .literal(Literal("", language: "en")), .literal(Literal("a\u{0}b", datatype: XSD.string)),
            .literal(Literal("1", datatype: RDF.langString)), .literal(Literal("1", language: "en-GB")),
            .literal(Literal(String(repeating: "long text ", count: 50))),
        ]
        let ids = terms.map { graph.intern($0) }
        #expect(Set(ids).count == terms.count)
        for (term, id) in zip(terms, ids) {
            #expect(graph.term(id) == term)
            #expect(graph.id(of: term) == id)
            #expect(graph.intern(term) == id)
        }
        #expect(graph.termCount == terms.count)
        for term in terms {
            TermKey.withKey(of: term) { key in #expect(TermKey.term(key) == term) }
        }
    }

    @Test func copiesDoNotShareChanges() {
        var first = Graph()
        first.insert(Triple(.iri("https://example.org/a"), RDF.type, .iri("https://example.org/C")))
        var second = first
        second.insert(Triple(.iri("https://example.org/b"), RDF.type, .iri("https://example.org/C")))
        #expect(first.count == 1)
        #expect(second.count == 2)
        #expect(first.id(of: .iri("https://example.org/b")) == nil)
    }
}
