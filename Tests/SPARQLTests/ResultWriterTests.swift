import RDFModel
import SPARQL
import Testing

/// The result formats, byte for byte.
@Suite struct ResultWriterTests {
    static let result = QueryResult.bindings(
        variables: ["s", "o"],
        rows: [
            ["s": .iri("http://example.org/a"), "o": .literal(Literal("say \"hi\", ok", language: "en"))],
            ["s": .blankNode(BlankNode("b1")), "o": .literal(Literal("42", datatype: XSD.integer))],
            ["s": .iri("http://example.org/c")],
        ])

    @Test func json() {
        #expect(SPARQLJSONWriter.write(Self.result) == """
            {"head":{"vars":["s","o"]},
            "results":{"bindings":[
            {"s":{"type":"uri","value":"http://example.org/a"},"o":{"type":"literal","value":"say \\"hi\\", ok","xml:lang":"en"}},
            {"s":{"type":"bnode","value":"b1"},"o":{"type":"literal","value":"42","datatype":"http://www.w3.org/2001/XMLSchema#integer"}},
            {"s":{"type":"uri","value":"http://example.org/c"}}
            ]}}

            """)
        #expect(SPARQLJSONWriter.write(.boolean(true)) == "{\"head\":{},\"boolean\":true}\n")
    }

    @Test func xml() {
        let xml = SPARQLXMLWriter.write(Self.result)
        #expect(xml.contains("<binding name=\"o\"><literal xml:lang=\"en\">say &quot;hi&quot;, ok</literal></binding>"))
        #expect(xml.contains("<binding name=\"s\"><bnode>b1</bnode></binding>"))
        #expect(xml.hasPrefix("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"))
    }

    @Test func csvAndTSV() {
        #expect(SPARQLDelimitedWriter.csv(Self.result) == "s,o\r\nhttp://example.org/a,\"say \"\"hi\"\", ok\"\r\n_:b1,42\r\nhttp://example.org/c,\r\n")
        #expect(SPARQLDelimitedWriter.tsv(Self.result) == "?s\t?o\n<http://example.org/a>\t\"say \\\"hi\\\", ok\"@en\n_:b1\t42\n<http://example.org/c>\t\n")
    }

    @Test func table() {
        let table = ResultTableWriter.write(Self.result, prefixes: ["ex": "http://example.org/"])
        #expect(table == """
            ?s   | ?o
            -----+--------------------
            ex:a | "say \\"hi\\", ok"@en
            _:b1 | 42
            ex:c |
            3 rows

            """)
    }
}
