import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// Hostile and broken input: parsing never reaches beyond its input, never crashes or hangs,
/// and refuses with an ``RDFSyntaxError`` saying where.
@Suite struct ParserSafetyTests {
    static let rdfHeader = #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">"#

    @Test func externalEntitiesAreNotLoaded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let secret = "SECRET-\(UUID().uuidString)"
        try secret.write(toFile: folder.path("secret.txt"), atomically: true, encoding: .utf8)
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://\(folder.path("secret.txt"))"> <!ENTITY net SYSTEM "http://127.0.0.1:9/x"> ]>
            \(Self.rdfHeader)
              <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p><ex:q>&net;</ex:q></rdf:Description>
            </rdf:RDF>
            """
        try xxe.write(toFile: folder.path("xxe.rdf"), atomically: true, encoding: .utf8)
        // Inert or refused: either way the secret never shows up in what was read.
        if let graph = try? RDFParser.parse(file: folder.path("xxe.rdf")) {
            for triple in graph { #expect(!triple.description.contains("SECRET"), "external entity was loaded: \(triple)") }
        }
        let converted = try CommandLineToolless.convert(folder.path("xxe.rdf"))
        #expect(!converted.contains("SECRET"))
    }

    @Test func entityExpansionBombIsRefused() throws {
        var entities = #"<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">"#
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            entities += "\n<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 16) + "\">"
            previous = name
        }
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ \(entities) ]>
            \(Self.rdfHeader)<rdf:Description rdf:about="http://example.org/a"><ex:p>&i;</ex:p></rdf:Description></rdf:RDF>
            """
        do {
            let graph = try RDFParser.parse(string: bomb, format: .rdfxml)
            // If libxml2 ever expands it, it must at least not be the 4 GB the bomb asks for.
            let longest = graph.map { $0.object.literal?.lexicalForm.utf8.count ?? 0 }.max() ?? 0
            #expect(longest < 10_000_000)
        } catch let error as RDFSyntaxError {
            #expect(error.code == .syntax)
            #expect(error.description.contains("entity"))
        }
    }

    @Test(arguments: [RDFFormat.turtle, .ntriples, .nquads, .rdfxml, .trig]) func randomBytesAreRefused(_ format: RDFFormat) throws {
        var generator = SplitMix(seed: 42)
        let bytes = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(data: Data(bytes), format: format) }
        // Random ASCII (valid UTF-8) reaches raptor itself.
        let ascii = bytes.map { 0x20 + $0 % 0x5F }
        #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(data: Data(ascii), format: format) }
    }

    @Test func missingFileSaysWhich() {
        do {
            _ = try RDFParser.parse(file: "/nonexistent/graph.ttl")
            Issue.record("no error")
        } catch let error as RDFSyntaxError {
            #expect(error.code == .io)
            #expect(error.description.hasPrefix("/nonexistent/graph.ttl: "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func deepRDFXMLIsRefusedQuickly() {
        let n = 100_000
        let xml = Self.rdfHeader + String(repeating: "<rdf:Description><ex:p>", count: n)
            + String(repeating: "</ex:p></rdf:Description>", count: n) + "</rdf:RDF>"
        do {
            _ = try RDFParser.parse(string: xml, format: .rdfxml)
            Issue.record("no error")
        } catch let error as RDFSyntaxError {
            #expect(error.message.contains("nested deeper"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func deepTurtleIsRefused() {
        let n = 100_000
        let collections = "<http://a> <http://p> " + String(repeating: "(", count: n) + String(repeating: ")", count: n) + " ."
        #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(string: collections, format: .turtle) }
        let lists = "<http://a> <http://p> " + String(repeating: "[ <http://p> ", count: n) + "<http://o> "
            + String(repeating: "]", count: n) + " ."
        #expect(throws: RDFSyntaxError.self) { try RDFParser.parse(string: lists, format: .turtle) }
    }

    @Test func surrogateEscapesAreRefused() {
        #expect(throws: RDFSyntaxError.self) {
            try RDFParser.parse(string: #"<http://a> <http://p> "\uD800" ."#, format: .ntriples)
        }
    }
}

/// Streams a file to N-Triples in memory through the public converter.
enum CommandLineToolless {
    static func convert(_ path: String) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path("out.nt")
        do {
            try RDFConverter.stream(from: path, to: out)
        } catch is RDFSyntaxError {
            return ""
        }
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }
}

/// A small deterministic random generator (SplitMix64), so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
