import Extraction
import RDFModel
import RDFSyntax
import Testing

@testable import LinkedData

/// The CAMEO table in Swift and the concept scheme in Schemas/event-types.ttl list the same concepts.
@Suite struct CAMEOTests {
    @Test func tableMatchesTheConceptScheme() throws {
        let g = try RDFParser.parse(file: TestPaths.eventTypes)
        var inFile: [String: (label: String, broader: String?)] = [:]
        for concept in g.instances(of: SKOS.Concept) {
            let code = try #require(g.firstObject(of: concept, SKOS.notation)?.literal?.lexicalForm)
            let label = try #require(g.firstObject(of: concept, SKOS.prefLabel)?.literal?.lexicalForm)
            let broader = g.firstObject(of: concept, SKOS.broader)?.iri.map { String($0.string.dropFirst(CAMEO.namespace.count)) }
            #expect(concept.iri == CAMEO.iri(code), "the concept of \(code) is \(concept)")
            inFile[code] = (label, broader)
        }
        #expect(inFile.count == CAMEO.list.count)
        for concept in CAMEO.list {
            let entry = try #require(inFile[concept.code], "\(concept.code) is not in event-types.ttl")
            #expect(entry.label == concept.label)
            #expect(entry.broader == concept.broader)
        }
    }

    @Test(arguments: EventKind.allCases)
    func everyKindHasAFallbackConcept(_ kind: EventKind) {
        #expect(CAMEO.concepts[MappingContext.concept("nonsense", kind: kind).code] != nil)
    }

    @Test func codesAreStringsWithLeadingZeros() {
        #expect(CAMEO.concepts["042"]?.label == "Make a visit")
        #expect(CAMEO.concepts["043"]?.label == "Host a visit")
        #expect(CAMEO.concepts["0312"]?.broader == "031")
        #expect(CAMEO.concepts["42"] == nil)
    }
}
