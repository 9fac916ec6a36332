import RDFModel
import SPARQL
import Testing

@Suite struct QueryResultTests {
    @Test func booleanResultKeepsItsValue() {
        guard case .boolean(let value) = QueryResult.boolean(true) else {
            Issue.record("not a boolean result")
            return
        }
        #expect(value)
    }
}
