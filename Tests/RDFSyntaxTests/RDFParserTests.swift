import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@Suite struct RDFParserTests {
    static let turtle = """
        @prefix ex: <http://example.org/> .
        @prefix schema: <https://schema.org/> .
        ex:a a schema:Person ; schema:name "Ana"@pt-BR , "Ana" ; schema:knows [ schema:name "B" ] .
        ex:b schema:birthDate "1970-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ; schema:knows ex:a .
        """

    @Test func parsesTurtleFromAString() throws {
        let graph = try RDFParser.parse(string: Self.turtle, format: .turtle)
        #expect(graph.count == 7)
        let a = Term.iri("http://example.org/a")
        #expect(graph.objects(of: a, IRI(unchecked: "https://schema.org/name")).count == 2)
        #expect(graph.contains(Triple(a, IRI(unchecked: "https://schema.org/name"), .literal(Literal("Ana", language: "pt-br")))))
    }

    @Test func streamsQuadsWithGraphNames() throws {
        var quads: [Quad] = []
        let count = try RDFParser.stream(
            string: "<http://a> <http://p> \"x\" <http://g> .\n<http://a> <http://p> _:b1 .\n", format: .nquads
        ) { quads.append($0) }
        #expect(count == 2)
        #expect(quads.first?.graph == .iri("http://g"))
        #expect(quads.last?.graph == nil)
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() throws {
        do {
            _ = try RDFParser.parse(string: "<http://a> <http://p> <http://o> .\n<http://a> <http://p> .\n", format: .ntriples)
            Issue.record("no error")
        } catch let error as RDFSyntaxError {
            #expect(error.code == .syntax)
            #expect(error.location?.line == 2)
            #expect(error.statementCount == 1)
            #expect(error.description.hasPrefix("<string>:2"))
        }
    }

    @Test func refusesInvalidUTF8WithTheByteOffset() throws {
        var bytes = Array("<http://a> <http://p> \"ok\" .\n<http://a> <http://p> \"".utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28] + Array("\" .\n".utf8)
        do {
            _ = try RDFParser.parse(data: Data(bytes), format: .ntriples)
            Issue.record("no error")
        } catch let error as RDFSyntaxError {
            #expect(error.code == .encoding)
            #expect(error.location?.byteOffset == offset)
        }
    }

    @Test func missingFileIsAClearError() throws {
        #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(file: "/nonexistent/x.ttl") }
    }

    @Test func roundTripsThroughEveryWriter() throws {
        let graph = try RDFParser.parse(string: Self.turtle, format: .turtle)
        for format in [RDFFormat.turtle, .ntriples, .nquads, .rdfxml] {
            let text = try RDFSerializer.serialize(graph, format: format)
            let back = try RDFParser.parse(string: text, format: format)
            #expect(back.isIsomorphic(to: graph), "\(format): \(text)")
        }
        let turtle = try RDFSerializer.serialize(graph, format: .turtle)
        #expect(turtle.contains("@prefix schema: <https://schema.org/>"))
    }
}
