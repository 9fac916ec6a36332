import Foundation
import RDFModel
import Testing
@testable import TripleStore

@Suite struct SPARQLResultsTests {
    @Test func readsTheJSONResultsFormat() throws {
        let json = """
            {"head":{"vars":["s","name","d","b"]},"results":{"bindings":[
              {"s":{"type":"uri","value":"https://example.org/p"},
               "name":{"type":"literal","value":"Qamar","xml:lang":"en"},
               "d":{"type":"literal","value":"2021-02-24","datatype":"http://www.w3.org/2001/XMLSchema#date"},
               "b":{"type":"bnode","value":"x1"}},
              {"s":{"type":"uri","value":"https://example.org/q"}}]}}
            """
        let results = try SPARQLResults(json: Data(json.utf8))
        #expect(results.variables == ["s", "name", "d", "b"])
        #expect(results.solutions.count == 2)
        #expect(results.solutions[0]["name"] == .literal(Literal("Qamar", language: "en")))
        #expect(results.solutions[0]["d"] == .literal(Literal("2021-02-24", datatype: XSD.date)))
        #expect(results.solutions[0]["b"] == .blankNode(BlankNode("x1")))
        #expect(results.solutions[1]["name"] == nil)
        #expect(results.sortedRows == [
            "<https://example.org/p> \"Qamar\"@en \"2021-02-24\"^^<http://www.w3.org/2001/XMLSchema#date> _:x1",
            "<https://example.org/q> - - -",
        ])
    }

    @Test func refusesWhatIsNotAResult() {
        #expect(throws: TripleStoreError.self) { try SPARQLResults(json: Data("<html>oops</html>".utf8)) }
    }
}
