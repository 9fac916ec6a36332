import Foundation
import RDFModel
@testable import RDFSyntax
import TestSupport
import Testing

/// Turtle read piece by piece (``TurtleSplitter``) must mean exactly what it means read whole.
@Suite struct TurtleSplitterTests {
    /// Cut at every possible place, feeding the splitter a few bytes at a time.
    static func pieces(_ text: String, baseIRI: String = "http://example.org/base/") throws -> (graph: Graph, pieces: Int) {
        try pieces(Array(text.utf8), baseIRI: baseIRI)
    }

    static func pieces(_ bytes: [UInt8], baseIRI: String) throws -> (graph: Graph, pieces: Int) {
        try bytes.withUnsafeBytes {
            try RaptorTurtlePieces.graph(from: $0, name: "<test>", baseIRI: baseIRI, pieceSize: 1, chunkSize: 3)
        }
    }

    static let tricky = #"""
        @prefix ex: <http://example.org/> .
        # a comment with a dot . and "a quote
        ex:a ex:p """a long string . with
        a dot at a line end .
        and ""quotes"" . """ .
        ex:a ex:q 'single . quoted' , "double \" . escaped" .
        ex:b ex:r [ ex:s "nested . " ; ex:t ( 1 2.5 ex:c.d ) ] .
        <http://example.org/x#frag.ment> ex:p ex:e\.f .
        PREFIX ex2: <http://example.org/two/>
        @base <http://example.org/other/> .
        ex2:a ex:p <relative> .
        ex:a ex:p 1.
        ex:a ex:p .5 .
        ex:a ex:p ex:x.y . ex:z ex:p ''''''.
        _:shared ex:p "first" .
        [] ex:p "anonymous one" .
        [] ex:p "anonymous two" .
        _:shared ex:p "second" .
        ex:a ex:p "language"@en-GB .
        ex:a ex:p "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
        """#

    @Test func piecesMeanWhatTheWholeMeans() throws {
        let whole = try RDFParser.parse(string: Self.tricky, format: .turtle, baseIRI: "http://example.org/base/")
        let (graph, pieces) = try Self.pieces(Self.tricky)
        #expect(pieces > 10)
        #expect(graph.count == whole.count)
        #expect(graph.isIsomorphic(to: whole), "\(whole.difference(from: graph))")
    }

    @Test func blankNodeLabelsHoldAcrossPiecesAndAnonymousNodesStayApart() throws {
        let (graph, pieces) = try Self.pieces(Self.tricky)
        #expect(pieces > 10)
        let p = IRI(unchecked: "http://example.org/p")
        func subjects(_ text: String) -> Set<Term> {
            Set(graph.triples(predicate: p).filter { $0.object == .literal(Literal(text)) }.map(\.subject))
        }
        // _:shared is one node, in pieces far apart; the two [] are two nodes.
        #expect(subjects("first").count == 1 && subjects("first") == subjects("second"))
        #expect(subjects("anonymous one").count == 1 && subjects("anonymous one") != subjects("anonymous two"))
        #expect(subjects("first").first?.isBlankNode == true)
    }

    @Test func prefixesAndBaseCarryOverToLaterPieces() throws {
        let (graph, _) = try Self.pieces(Self.tricky)
        #expect(graph.contains(Triple(
            .iri(IRI(unchecked: "http://example.org/two/a")), IRI(unchecked: "http://example.org/p"),
            .iri(IRI(unchecked: "http://example.org/other/relative")))))
    }

    @Test func errorsAreReportedAtTheirInputLine() throws {
        let text = "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\nex:a ex:p ex:c .\nex:a ex:p \"unterminated .\n"
        #expect(throws: RDFSyntaxError.self) { _ = try RDFParser.parse(string: text, format: .turtle) }
        do {
            _ = try Self.pieces(text)
            Issue.record("a broken string was accepted")
        } catch let error as RDFSyntaxError {
            #expect(error.location?.line == 4, "\(error)")
            #expect(error.statementCount == 2)
        }
    }

    @Test func braceOrUnknownKeywordStopsTheCutting() throws {
        let text = "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\nGRAPH ex:g { ex:a ex:p ex:c . }\nex:a ex:p ex:d .\n"
        var splitter = TurtleSplitter(pieceSize: 1)
        var bodies: [String] = []
        Array(text.utf8).withUnsafeBytes { bytes in
            splitter.append(bytes) { bodies.append(String(decoding: $0.body, as: UTF8.self)) }
            splitter.finish { bodies.append(String(decoding: $0.body, as: UTF8.self)) }
        }
        #expect(splitter.hasStopped)
        #expect(bodies.joined() == text)
        #expect(bodies.last?.contains("GRAPH") == true)
    }

    /// Every positive W3C Turtle test reads the same in pieces; every negative one is still refused.
    static let suite = W3CManifest.entries("rdf-turtle").filter { $0.format == .turtle && W3CManifest.knownFailures[$0.id] == nil }

    @Test(arguments: suite) func w3cTurtleInPieces(_ entry: W3CTestEntry) throws {
        let text = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry.actionPath)))
        if entry.isNegative {
            #expect(throws: RDFSyntaxError.self) { _ = try Self.pieces(text, baseIRI: entry.actionIRI) }
            return
        }
        let whole = try RDFParser.parse(file: entry.actionPath, format: .turtle, baseIRI: entry.actionIRI)
        let (graph, _) = try Self.pieces(text, baseIRI: entry.actionIRI)
        #expect(graph.isIsomorphic(to: whole), "\(whole.difference(from: graph))")
    }
}
