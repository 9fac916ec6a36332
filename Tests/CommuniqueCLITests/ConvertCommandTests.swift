import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `communique convert`, run as the built binary: exact output, exit codes, one-line errors,
/// untouched destinations.
@Suite struct ConvertCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("convert")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    @Test func sortedNTriplesMatchTheSnapshot() throws {
        let outcome = try CommandLineTool.run(["convert", Self.fixture("people.ttl"), "--sorted"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let expected = try String(contentsOfFile: Self.fixture("people-sorted.nt"), encoding: .utf8)
        #expect(outcome.standardOutput == expected)
        #expect(outcome.standardError.isEmpty)
    }

    @Test func sortedOutputIsByteStableWhateverTheInputOrder() throws {
        let a = try CommandLineTool.run(["convert", Self.fixture("people.ttl"), "--sorted", "--to", "turtle"])
        let b = try CommandLineTool.run(["convert", Self.fixture("shuffled.nt"), "--sorted", "--to", "turtle"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.standardOutput == b.standardOutput)
        #expect(a.standardOutput.contains("@prefix schema: <https://schema.org/> ."))
    }

    @Test(arguments: ["ttl", "nt", "nq", "rdf"]) func streamsToAFileThatReadsBack(_ ext: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path("people.\(ext)")
        let outcome = try CommandLineTool.run(["convert", Self.fixture("people.ttl"), "-o", out])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let written = try RDFParser.parse(file: out)
        let source = try RDFParser.parse(file: Self.fixture("people.ttl"))
        #expect(written.isIsomorphic(to: source), "\(written.difference(from: source))")
        // Nothing but the output is left in the folder (the temporary file was renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["people.\(ext)"])
    }

    @Test func readsStandardInput() throws {
        let input = try Data(contentsOf: Self.fixtures.appendingPathComponent("people.ttl"))
        let outcome = try CommandLineTool.run(["convert", "-", "--from", "turtle", "--to", "nt"], input: input)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.split(separator: "\n").count == 8)
    }

    @Test func badInputExits2WithOneLineAndLeavesTheDestinationAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "<http://a> <http://p> .\n".write(toFile: folder.path("bad.nt"), atomically: true, encoding: .utf8)
        try "keep me\n".write(toFile: folder.path("out.ttl"), atomically: true, encoding: .utf8)
        let outcome = try CommandLineTool.run(["convert", folder.path("bad.nt"), "-o", folder.path("out.ttl")])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("communique convert: \(folder.path("bad.nt")):1:"))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: folder.path("out.ttl"), encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["bad.nt", "out.ttl"])
    }

    @Test(arguments: [false, true]) func refusesWhatRDFXMLCannotHold(_ sorted: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path("out.rdf")
        let outcome = try CommandLineTool.run(["convert", Self.fixture("slash-predicate.nt"), "-o", out] + (sorted ? ["--sorted"] : []))
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("<https://communique.example/vocab/>"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func missingInputExits2() throws {
        let outcome = try CommandLineTool.run(["convert", "/nonexistent/in.ttl"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "communique convert: /nonexistent/in.ttl: cannot open the file: No such file or directory\n")
    }

    @Test(arguments: [
        ["convert", "-"],  // standard input without --from
        ["convert", "in.unknown"],  // no format from the extension
        ["convert", "in.ttl", "--to", "yaml"],  // unknown format
        ["convert", "in.ttl", "--to", "trig"],  // no TriG writer
        ["convert", "in.ttl", "--from", "dot"],  // dot cannot be read
    ]) func usageErrorsExit64(_ arguments: [String]) throws {
        let outcome = try CommandLineTool.run(arguments)
        #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
    }

    @Test func helpShowsExamples() throws {
        let outcome = try CommandLineTool.run(["convert", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
        #expect(outcome.standardOutput.contains("--sorted"))
    }
}
