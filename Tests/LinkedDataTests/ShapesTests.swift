import Foundation
import TestSupport
import Testing

/// Schemas/shapes.ttl rejects what an export must never contain (checked with pySHACL).
@Suite struct ShapesTests {
    static let prefixes = """
        @prefix schema: <https://schema.org/> . @prefix comm: <https://communique.example/vocab#> .
        @prefix org: <http://www.w3.org/ns/org#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix : <https://e.org/> .

        """

    /// Bad data, each violating one rule of the shapes, with the rule's name.
    static let violations: [(String, String)] = [
        ("a meeting with one attendee", """
            :a a schema:NewsArticle ; schema:identifier "a" ; schema:about :e .
            :p a schema:Person ; schema:name "P" .
            :e a schema:Event, comm:Meeting ; schema:attendee :p ; comm:eventType :c ; comm:evidence :s .
            :c a skos:Concept ; skos:notation "040" ; skos:prefLabel "Consult" ; skos:inScheme :cs .
            :s a nif:Sentence ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "1"^^xsd:nonNegativeInteger ;
               nif:anchorOf "x" ; nif:referenceContext :ctx .
            :ctx a nif:Context ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "1"^^xsd:nonNegativeInteger ; nif:sourceUrl :a .
            """),
        ("a person with two names", """
            :p a schema:Person ; schema:name "A", "B" .
            """),
        ("a blank node", """
            [] a schema:Person ; schema:name "A" .
            """),
        ("a date that is not an xsd:date", """
            :a a schema:NewsArticle ; schema:identifier "a" ; schema:datePublished "18 February 2022" .
            """),
        ("a post without an organization", """
            :p a schema:Person ; schema:name "P" ; org:holds :post .
            :post a org:Post ; rdfs:label "Chief" .
            """),
        ("a post nobody holds", """
            :o a schema:Organization, org:Organization ; schema:name "O" .
            :post a org:Post ; rdfs:label "Chief" ; org:postIn :o .
            """),
        ("a quotation without a speaker", """
            :a a schema:NewsArticle ; schema:identifier "a" ; schema:hasPart :q .
            :q a schema:Quotation ; schema:text "words" .
            """),
        ("an article without an identifier", """
            :a a schema:NewsArticle .
            """),
        ("a CAMEO notation that is a number", """
            :c a skos:Concept ; skos:notation 42 ; skos:prefLabel "x" ; skos:inScheme :cs .
            """),
    ]

    @Test(arguments: violations.map(\.0))
    func rejects(_ name: String) throws {
        let body = Self.violations.first { $0.0 == name }!.1
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("bad.ttl")
        try (Self.prefixes + body).write(toFile: path, atomically: true, encoding: .utf8)
        let (conforms, report) = try Subprocess.pyshacl(data: path)
        #expect(!conforms, "the shapes accept \(name):\n\(report)")
    }

    @Test func theShapesAreSHACLCore() throws {
        let text = try String(contentsOfFile: TestPaths.shapes, encoding: .utf8)
        #expect(!text.contains("sh:sparql"))
        #expect(!text.contains("sh:SPARQL"))
    }
}
