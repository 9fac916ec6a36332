import Crypto
import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// The streamed N-Triples/N-Quads dumps: byte encoding, verification on a second thread, gzip.
@Suite struct LineDumpTests {
    static func iri(_ s: String) -> IRI { IRI(unchecked: s) }

    @Test func bytesAreTheTermsDescriptions() {
        let s = Term.iri(Self.iri("https://e.example/a/text#char=1,2"))
        let p = Self.iri("https://e.example/p")
        let objects: [Term] = [
            .literal(Literal("plain")),
            .literal(Literal("quote \" backslash \\ newline \n return \r tab \t bell \u{07} del \u{7F} bs \u{08} ff \u{0C}")),
            .literal(Literal("Zürich — “curly” 北京 😀")),
            .literal(Literal("2022-02-18", datatype: XSD.date)),
            .literal(Literal("hola", language: "es")),
            .literal(Literal("")),
            .iri(Self.iri("https://e.example/b")),
        ]
        for o in objects {
            let triple = Triple(s, p, o)
            var bytes: [UInt8] = []
            NTriplesEncoding.append(triple, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "\(triple.subject) \(triple.predicate) \(triple.object)")
        }
    }

    @Test func writtenLinesAreVerifiedAndRenamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("x.nq")
        let writer = try LineDumpWriter(path: path, format: .nquads)
        let graph = Self.iri("https://e.example/g")
        var expected = ""
        // More than one block (1 MB) so that the read-back sees several.
        for i in 0..<30_000 {
            let line = "<https://e.example/s\(i)> <https://e.example/p> \"value \(i) with \\\"quotes\\\" and 北京\""
            try writer.write(line: line, graph: graph)
            expected += line + " <https://e.example/g> .\n"
        }
        try writer.commit()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: data, as: UTF8.self) == expected)
        #expect(writer.count == 30_000)
        #expect(writer.byteSize == data.count)
        #expect(writer.sha256 == SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["x.nq"])
    }

    @Test func aLineThatDoesNotParseIsNotKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("x.nt")
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        let writer = try LineDumpWriter(path: path, format: .ntriples)
        for i in 0..<5_000 { try writer.write(line: "<https://e.example/s\(i)> <https://e.example/p> \"ok\"", graph: nil) }
        try writer.write(line: "<https://e.example/s> <not an iri> \"bad", graph: nil)
        for i in 0..<50_000 { try writer.write(line: "<https://e.example/t\(i)> <https://e.example/p> \"after\"", graph: nil) }
        #expect {
            try writer.commit()
        } throws: { error in
            guard case ExportError.verificationFailed(let failed, let reason) = error else { return false }
            return failed == path && reason.contains(path) && !reason.contains("/dev/fd/")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }

    @Test func gzipCopyDecompressesToTheDump() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try LineDumpWriter(path: folder.path("x.nq"), format: .nquads, compressedPath: folder.path("x.nq.gz"))
        for i in 0..<20_000 {
            try writer.write(line: "<https://e.example/s\(i)> <https://e.example/p> \"v\"", graph: Self.iri("https://e.example/g"))
        }
        try writer.commit()
        #expect(writer.compressedPath == folder.path("x.nq.gz"))
        let (status, text) = try Subprocess.run("gzip", ["-dc", folder.path("x.nq.gz")])
        #expect(status == 0)
        #expect(text == (try String(contentsOfFile: folder.path("x.nq"), encoding: .utf8)))
    }

    /// Two batches of 128 (64 articles a job), the second read ahead while the first is written: the same bytes as one job.
    @Test func readAheadBatchesGiveTheSameBytes() throws {
        let corpus = try ExporterTests.corpus(150)
        defer { corpus.remove() }
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        defer { one.remove(); two.remove() }
        let a = try ExporterTests.export([corpus.url.path], to: one.url.path, jobs: 1, formats: [.ntriples, .nquads])
        let b = try ExporterTests.export([corpus.url.path], to: two.url.path, jobs: 2, formats: [.ntriples, .nquads])
        #expect(a.exported == 150 && b.exported == 150)
        let x = try ExporterTests.files(in: one.url.path)
        let y = try ExporterTests.files(in: two.url.path)
        #expect(x.keys.sorted() == y.keys.sorted())
        for (name, data) in x { #expect(y[name] == data, "\(name) differs between 1 and 2 jobs") }
    }
}
