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

@Suite struct RDFSerializerTests {
    static let graph = Graph([
        Triple(.iri("https://communique.example/id/a"), IRI(unchecked: "https://schema.org/name"), .literal(Literal("Colour", language: "en-GB"))),
        Triple(.iri("https://communique.example/id/a"), RDF.type, .iri("https://schema.org/Person")),
        Triple(.iri("https://communique.example/id/a"), IRI(unchecked: "https://schema.org/description"), .string("line 1\r\nline 2\u{7}")),
    ])

    @Test(arguments: [RDFFormat.turtle, .ntriples, .nquads]) func writesFilesThatReadBack(_ format: RDFFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("out.\(format.fileExtension)")
        try RDFSerializer.write(Self.graph, to: path, format: format)
        let back = try RDFParser.parse(file: path)
        #expect(back.contains(Triple(.iri("https://communique.example/id/a"), IRI(unchecked: "https://schema.org/name"), .literal(Literal("Colour", language: "en-gb")))))
        #expect(back.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.\(format.fileExtension)"])
    }

    @Test func refusesRDFXMLItCannotWriteAndLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("out.rdf")
        #expect(throws: RDFSyntaxError.self) { try RDFSerializer.write(Self.graph, to: path, format: .rdfxml) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        let reversed = Graph(Self.graph.sortedTriples().reversed())
        for format in [RDFFormat.turtle, .ntriples, .rdfxml] where format != .rdfxml {
            #expect(try RDFSerializer.serialize(Self.graph, format: format) == RDFSerializer.serialize(reversed, format: format))
        }
    }
}
