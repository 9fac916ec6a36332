import Foundation
import RDFModel
import TestSupport
import Testing

@testable import RDFSyntax

/// A large Turtle or N-Triples file is read as two parts on two threads (``TurtleCut``); the
/// graph must be the one a single reading gives, and an input a single reading refuses must not
/// be accepted in two parts. Checked on every W3C Turtle and N-Triples test file and on texts
/// made to put blank nodes, collections, comments and prefixes on both sides of the cut.
@Suite struct TwoPartParseTests {
    static let entries = (W3CManifest.entries("rdf-turtle") + W3CManifest.entries("rdf-n-triples"))
        .filter { W3CManifest.knownFailures[$0.id] == nil }

    @Test(arguments: entries) func agreesWithOneReading(_ entry: W3CTestEntry) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: entry.actionPath)[.size] as? Int) ?? 0
        let twoParts = try RDFParser.parseInTwo(path: entry.actionPath, size: size, format: entry.format, baseIRI: entry.actionIRI)
        if entry.isNegative {
            #expect(twoParts == nil, "a file one reading refuses was read in two parts")
            return
        }
        let whole = try RDFParser.parseGraph(.file(entry.actionPath), format: entry.format, baseIRI: entry.actionIRI)
        if let twoParts { #expect(twoParts.isIsomorphic(to: whole), "\(twoParts.difference(from: whole))") }
    }

    static func sample(statements: Int) -> String {
        var text = "@prefix ex: <https://example.org/> .\nPREFIX schema: <https://schema.org/>\n"
        for i in 0..<statements {
            switch i % 6 {
            case 0: text += "ex:s\(i) a schema:Thing ;\n    schema:name \"name \(i). end.\"@en ;\n    ex:knows _:shared .\n"
            case 1: text += "_:shared ex:seen \(i) .\n"
            case 2: text += "ex:s\(i) ex:list ( ex:a \"b\" [ ex:p \(i) ] ) .\n"
            case 3: text += "# a comment ending in a dot.\nex:s\(i) ex:anon [ ex:q \"x\" ] .   \n"
            case 4: text += "@prefix late: <https://late.example/> .\nlate:s\(i) ex:p late:o .\n"
            default: text += "<https://example.org/iri#\(i)> ex:p \"\(i)\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            }
        }
        return text
    }

    @Test func cutsBetweenStatementsAndMatchesOneReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("sample.ttl")
        let text = Self.sample(statements: 600)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let cut = try #require(text.utf8.withContiguousStorageIfAvailable { TurtleCut.find(in: UnsafeRawBufferPointer($0), format: .turtle) } ?? nil)
        #expect(cut.prefixes == ["ex": "https://example.org/", "schema": "https://schema.org/", "late": "https://late.example/"])
        let twoParts = try #require(try RDFParser.parseInTwo(path: path, size: text.utf8.count, format: .turtle, baseIRI: "https://example.org/"))
        let whole = try RDFParser.parse(string: text, format: .turtle, baseIRI: "https://example.org/")
        #expect(twoParts.count == whole.count)
        #expect(twoParts.isIsomorphic(to: whole), "\(twoParts.difference(from: whole))")
    }

    @Test func refusesTextsItCannotCutSafely() throws {
        let long = Self.sample(statements: 300) + "ex:x ex:p \"\"\"two\nlines .\n\"\"\" .\n" + Self.sample(statements: 300)
        let based = "@base <https://example.org/> .\n" + Self.sample(statements: 600)
        for text in [long, based] {
            let cut = text.utf8.withContiguousStorageIfAvailable { TurtleCut.find(in: UnsafeRawBufferPointer($0), format: .turtle) } ?? nil
            #expect(cut == nil)
        }
    }

    @Test func anErrorInEitherPartFallsBackToOneReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for broken in [Self.sample(statements: 100) + "ex:bad ex:p undeclared:x .\n" + Self.sample(statements: 500),
                       Self.sample(statements: 500) + "ex:bad ex:p undeclared:x .\n" + Self.sample(statements: 100)] {
            let path = folder.path("broken.ttl")
            try broken.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try RDFParser.parseInTwo(path: path, size: broken.utf8.count, format: .turtle, baseIRI: "https://example.org/") == nil)
            #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(file: path) }
        }
    }
}
