import RDFModel
import SPARQL
import Testing

/// The parser's answers to queries that are not SPARQL: where (line:column) and what.
@Suite struct QueryParserTests {
    private func error(_ text: String) -> SPARQLSyntaxError? {
        do {
            _ = try SPARQLQuery.parse(text)
            return nil
        } catch let error as SPARQLSyntaxError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aMissingObjectIsReportedWhereTheBraceIs() throws {
        let e = try #require(error("SELECT ?x\nWHERE { ?x ?p }"))
        #expect(e.line == 2 && e.column == 15)
        #expect(e.description.hasPrefix("2:15: expected a variable or an RDF term"))
    }

    @Test func anUndeclaredPrefixIsNamed() throws {
        let e = try #require(error("SELECT * { ?s ex:p ?o }"))
        #expect(e.message.contains("'ex:'"))
        #expect(e.column == 15)
    }

    @Test func anUnclosedStringIsAnError() throws {
        let e = try #require(error("SELECT * { ?s ?p \"abc }"))
        #expect(e.message.contains("not closed") || e.message.contains("line break"))
    }

    @Test func bindMayNotRebindAVariableInScope() throws {
        #expect(error("SELECT * { ?s ?p ?o BIND(1 AS ?o) }") != nil)
        #expect(error("SELECT * { ?s ?p ?o BIND(1 AS ?x) }") == nil)
    }

    @Test func aggregatesBelongInSelectHavingAndOrderBy() throws {
        #expect(error("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }") != nil)
        #expect(error("SELECT (COUNT(?o) AS ?n) { ?s ?p ?o } HAVING (COUNT(?o) > 1)") == nil)
        #expect(error("SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o }") != nil, "?s is neither grouped nor aggregated")
    }

    @Test func valuesRowsHaveOneValuePerVariable() throws {
        let e = try #require(error("SELECT * { VALUES (?a ?b) { (1 2) (3) } }"))
        #expect(e.message.contains("1 values for 2 variables"))
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let deep = "SELECT * { FILTER(" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ") }"
        let e = try #require(error(deep))
        #expect(e.message.contains("nests more than"))
    }

    @Test func everyQueryFormParses() throws {
        let forms = [
            "SELECT ?s WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <urn:x>", "DESCRIBE ?s WHERE { ?s ?p ?o }",
        ]
        for text in forms { #expect(try SPARQLQuery.parse(text).form == String(text.prefix { $0 != " " })) }
    }
}
