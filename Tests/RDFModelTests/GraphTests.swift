import Testing

@testable import RDFModel

@Suite struct GraphTests {
    let a = Term.iri("https://example.org/a")
    let b = Term.iri("https://example.org/b")
    let knows = IRI(unchecked: "https://schema.org/knows")
    let name = IRI(unchecked: "https://schema.org/name")
    let person = IRI(unchecked: "https://schema.org/Person")

    func sample() -> Graph {
        var graph = Graph()
        graph.insert(Triple(a, RDF.type, .iri(person)))
        graph.insert(Triple(b, RDF.type, .iri(person)))
        graph.insert(Triple(a, knows, b))
        graph.insert(Triple(a, name, .literal(Literal("Ann", language: "en"))))
        graph.insert(Triple(b, name, .string("Bob")))
        return graph
    }

    @Test func insertDropsDuplicates() {
        var graph = sample()
        #expect(graph.count == 5)
        let inserted = graph.insert(Triple(a, knows, b))
        #expect(!inserted)
        #expect(graph.count == 5)
        graph._checkInvariants()
    }

    @Test func answersEveryPatternShape() {
        let graph = sample()
        #expect(graph.objects(of: a, name) == [.literal(Literal("Ann", language: "en"))])
        #expect(Set(graph.instances(of: person)) == [a, b])
        #expect(graph.triples(subject: a).count == 3)
        #expect(graph.triples(object: b).count == 1)
        #expect(graph.triples(predicate: name).count == 2)
        #expect(graph.triples(subject: a, object: b) == [Triple(a, knows, b)])
        #expect(graph.triples(subject: a, predicate: knows, object: b).count == 1)
        #expect(graph.triples(subject: b, predicate: knows, object: a).isEmpty)
        #expect(graph.triples(subject: .iri("https://example.org/unknown")).isEmpty)
        #expect(graph.triples().count == 5)
    }

    @Test func removeAndReinsertKeepIndexesRight() {
        var graph = sample()
        let removed = graph.remove(Triple(a, knows, b))
        let removedAgain = graph.remove(Triple(a, knows, b))
        #expect(removed)
        #expect(!removedAgain)
        #expect(graph.triples(predicate: knows).isEmpty)
        graph.insert(Triple(b, knows, a))
        #expect(graph.subjects(knows, a) == [b])
        graph._checkInvariants()
    }

    @Test func copiesAreIndependent() {
        let original = sample()
        var copy = original
        copy.insert(Triple(b, knows, a))
        #expect(original.count == 5)
        #expect(copy.count == 6)
    }

    @Test func sortedTriplesDoNotDependOnInsertionOrder() {
        let forward = sample()
        let backward = Graph(forward.sortedTriples().reversed())
        #expect(forward.sortedTriples() == backward.sortedTriples())
    }

    @Test func literalsPrintAsNTriples() {
        #expect(Literal("a\"b\nc").description == "\"a\\\"b\\nc\"")
        #expect(Literal("5", datatype: XSD.integer).description == "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        #expect(Literal("x", language: "en-GB").description == "\"x\"@en-GB")
        #expect(Literal("\u{01}").description == "\"\\u0001\"")
    }

    @Test func iriRefusesForbiddenCharacters() throws {
        #expect(throws: RDFModelError.self) { try IRI("http://example.org/a b") }
        #expect(throws: RDFModelError.self) { try IRI("") }
        #expect(try IRI("http://example.org/ä").string == "http://example.org/ä")
    }

    @Test func manyTriplesStayIndexed() {
        var graph = Graph()
        for i in 0..<5000 {
            graph.insert(Triple(.iri("https://example.org/s\(i % 100)"), knows, .iri("https://example.org/o\(i)")))
        }
        #expect(graph.count == 5000)
        #expect(graph.objects(of: .iri("https://example.org/s7"), knows).count == 50)
        #expect(graph.subjects(knows, .iri("https://example.org/o4321")) == [.iri("https://example.org/s21")])
        graph._checkInvariants()
    }
}
