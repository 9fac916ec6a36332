import Crypto
import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// The dump writer's checks (terms read by raptor once each, the bytes on disk, the line count)
/// and its in-process gzip copy (multi-member, deterministic).
@Suite struct DumpVerificationTests {
    static let graph = IRI(unchecked: "https://e.example/g")

    /// Writes `lines` (N-Triples without ` .`) to a fresh writer in `folder`; returns it uncommitted.
    static func writer(_ folder: TemporaryFolder, _ name: String = "x.nq", format: RDFFormat = .nquads,
                       compressed: Bool = false, termByteLimit: Int = EncodedTermSet.defaultByteLimit, lines: [String]) throws -> LineDumpWriter {
        let writer = try LineDumpWriter(
            path: folder.path(name), format: format, compressedPath: compressed ? folder.path(name + ".gz") : nil,
            termByteLimit: termByteLimit)
        for line in lines { try writer.write(line: line, graph: format == .nquads ? graph : nil) }
        return writer
    }

    /// Lines enough for several 1 MiB blocks, many terms repeated, some literals long.
    static func manyLines(_ n: Int = 40_000) -> [String] {
        (0..<n).map { i in
            let object = i % 3 == 0 ? "\"text \(i) — “quoted” \\\" \\\\ \\n 北京 \(String(repeating: "x", count: i % 97))\"@en"
                : i % 3 == 1 ? "\"\(i % 50)\"^^<http://www.w3.org/2001/XMLSchema#integer>" : "<https://e.example/o\(i % 700)>"
            return "<https://e.example/s\(i / 4)> <https://e.example/p\(i % 7)> \(object)"
        }
    }

    /// Expects `commit()` to fail with a verification error naming the dump and containing `words`,
    /// and the destination (which held "old") to be untouched.
    static func expectVerificationFailure(_ writer: LineDumpWriter, _ words: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try writer.commit()
        } throws: { error in
            guard case ExportError.verificationFailed(let path, let reason) = error else { return false }
            let ok = path == writer.path && words.allSatisfy { reason.contains($0) }
            if !ok { print("unexpected reason: \(reason)") }
            return ok
        }
        #expect((try? String(contentsOfFile: writer.path, encoding: .utf8)) == "old\n", sourceLocation: sourceLocation)
    }

    static func decompress(_ path: String) throws -> Data {
        let out = path + ".out"
        let (status, message) = try Subprocess.run("sh", ["-c", "gzip -dc -- \"$0\" > \"$1\"", path, out])
        #expect(status == 0, "\(message)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }

    // MARK: The compressed copy

    @Test func theGzipCopyIsMultiMemberAndDecompressesToTheDump() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try Self.writer(folder, compressed: true, lines: Self.manyLines())
        try writer.commit()
        let dump = try Data(contentsOf: URL(fileURLWithPath: folder.path("x.nq")))
        #expect(dump.count > 2 * LineDumpWriter.blockSize)
        #expect(writer.compressedPath == folder.path("x.nq.gz"))
        #expect(try Self.decompress(folder.path("x.nq.gz")) == dump)
        let gz = try Data(contentsOf: URL(fileURLWithPath: folder.path("x.nq.gz")))
        // One member per MiB, each with the fixed header (no name, mtime 0, OS unknown).
        #expect(Array(gz.prefix(10)) == GzipMembers.header)
        let headers = (0..<(gz.count - 10)).filter { gz[$0] == 0x1F && Array(gz[$0..<($0 + 10)]) == GzipMembers.header }
        #expect(headers.count >= (dump.count + LineDumpWriter.blockSize - 1) / LineDumpWriter.blockSize)
        #expect(writer.compressedByteSize == gz.count)
        #expect(writer.compressedSHA256 == SHA256.hash(data: gz).map { String(format: "%02x", $0) }.joined())
    }

    @Test func anEmptyDumpHasAGzipCopyOfOneEmptyMember() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try Self.writer(folder, compressed: true, lines: [])
        try writer.commit()
        #expect(writer.count == 0 && writer.byteSize == 0)
        let gz = try Data(contentsOf: URL(fileURLWithPath: folder.path("x.nq.gz")))
        #expect(Array(gz.prefix(10)) == GzipMembers.header)
        #expect(Array(gz.suffix(8)) == [0, 0, 0, 0, 0, 0, 0, 0])  // CRC-32 and size of nothing
        #expect(try Self.decompress(folder.path("x.nq.gz")).isEmpty)
    }

    @Test func theGzipCopyIsTheSameOnEveryRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var copies: [Data] = []
        for name in ["a.nq", "b.nq"] {
            let writer = try Self.writer(folder, name, compressed: true, lines: Self.manyLines(20_000))
            try writer.commit()
            copies.append(try Data(contentsOf: URL(fileURLWithPath: folder.path(name + ".gz"))))
        }
        #expect(copies[0] == copies[1])
    }

    /// An export large enough for several gzip members: the same bytes (the `.nq.gz` included)
    /// with one job and with two.
    @Test func exportsGiveTheSameGzipWithOneAndTwoJobs() throws {
        let corpus = try ExporterTests.corpus(300)
        defer { corpus.remove() }
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        defer { one.remove(); two.remove() }
        _ = try ExporterTests.export([corpus.url.path], to: one.url.path, jobs: 1, formats: [.nquads])
        _ = try ExporterTests.export([corpus.url.path], to: two.url.path, jobs: 2, formats: [.nquads])
        let a = try Data(contentsOf: URL(fileURLWithPath: one.path("communique.nq.gz")))
        let b = try Data(contentsOf: URL(fileURLWithPath: two.path("communique.nq.gz")))
        #expect(a == b)
        #expect(try Self.decompress(one.path("communique.nq.gz")) == Data(contentsOf: URL(fileURLWithPath: one.path("communique.nq"))))
    }

    // MARK: What must fail

    @Test func aTermRaptorReadsDifferentlyFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
        // raptor lower-cases language tags, reads an explicit xsd:string as a plain string, and
        // decodes `\u` escapes in IRIs (our encoder never writes one).
        for (i, bad) in ["\"hello\"@EN", "\"a\"^^<http://www.w3.org/2001/XMLSchema#string>", "<https://e.example/\\u0041>"].enumerated() {
            var lines = Self.manyLines(3_000)
            lines.insert("<https://e.example/s> <https://e.example/p> \(bad)", at: 1_234)
            let writer = try Self.writer(folder, compressed: i == 0, lines: lines)
            Self.expectVerificationFailure(writer, [":1235:", "raptor reads the term \(bad)"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["x.nq"])
    }

    @Test func aTermRaptorRejectsFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
        for bad in ["<not an iri>", "<https://e.example/a\"b>", "\"\\q\"", "<relative>", "_:"] {
            var lines = Self.manyLines(2_000)
            lines.insert("<https://e.example/s> <https://e.example/p> \(bad)", at: 1_500)
            let writer = try Self.writer(folder, lines: lines)
            Self.expectVerificationFailure(writer, [":1501:", bad])
        }
    }

    @Test func invalidUTF8InATermFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nt"), atomically: true, encoding: .utf8)
        let writer = try LineDumpWriter(path: folder.path("x.nt"), format: .ntriples)
        var arena = LineArena()
        arena.append("<https://e.example/s> <https://e.example/p> \"fine\"")
        let bad: [UInt8] = Array("<https://e.example/s> <https://e.example/p> \"bad ".utf8) + [0xFF, 0x22]
        bad.withUnsafeBufferPointer { arena.append($0) }
        try writer.write(arena, graph: nil)
        Self.expectVerificationFailure(writer, [":2:", "not UTF-8"])
    }

    @Test func linesOutsideTheWritersSyntaxFail() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nt"), atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            ("\"literal\" <https://e.example/p> <https://e.example/o>", "subject"),
            ("<https://e.example/s> \"p\" <https://e.example/o>", "predicate"),
            ("<https://e.example/s> <https://e.example/p>", "term"),
            ("<https://e.example/s> <https://e.example/p>  <https://e.example/o>", "object"),
            ("<https://e.example/s> <https://e.example/p> <https://e.example/o> <https://e.example/g>", "terms"),
            ("<https://e.example/s> <https://e.example/p> \"open", "closing"),
            ("<https://e.example/s> <https://e.example/p> <https://e.example/o> . # comment", "terms"),
        ]
        for (line, word) in cases {
            let writer = try Self.writer(folder, "x.nt", format: .ntriples, lines: ["<https://e.example/a> <https://e.example/b> \"c\"", line])
            Self.expectVerificationFailure(writer, [":2:", word])
        }
    }

    @Test func aLineCountMismatchFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nt"), atomically: true, encoding: .utf8)
        // One statement as the writer counts it, two lines in the file.
        let writer = try Self.writer(folder, "x.nt", format: .ntriples, lines: [
            "<https://e.example/a> <https://e.example/b> \"c\" .\n<https://e.example/d> <https://e.example/e> \"f\"",
        ])
        Self.expectVerificationFailure(writer, ["wrote 1 statements", "2 lines"])
    }

    @Test func aTruncatedFileOnDiskFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
        let writer = try Self.writer(folder, compressed: true, lines: Self.manyLines(20_000))
        writer.finishWriting()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: writer.temporaryPath)[.size] as? Int)
        #expect(truncate(writer.temporaryPath, off_t(size - 1)) == 0)
        Self.expectVerificationFailure(writer, ["bytes", "written"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.nq.gz")))
    }

    /// A gzip copy changed on disk (a member's deflate data, or one member dropped) is refused.
    @Test func anAlteredGzipCopyOnDiskFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for alteration in ["flip", "drop"] {
            try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
            let writer = try Self.writer(folder, compressed: true, lines: Self.manyLines(20_000))
            writer.finishWriting()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            let gzName = try #require(names.first { $0.hasPrefix(".x.nq.gz.") })
            let gzPath = folder.path(gzName)
            var gz = try Data(contentsOf: URL(fileURLWithPath: gzPath))
            var found: Int? = nil
            for i in 1..<(gz.count - 10) where gz[i] == 0x1F && Array(gz[i..<(i + 10)]) == GzipMembers.header {
                found = i
                break
            }
            let second = try #require(found)
            if alteration == "flip" {
                gz[second + 100] ^= 0x01
            } else {
                gz.removeSubrange(0..<second)
            }
            try gz.write(to: URL(fileURLWithPath: gzPath))
            #expect {
                try writer.commit()
            } throws: { error in
                guard case ExportError.verificationFailed(let path, let reason) = error else { return false }
                // A flipped bit in member 2 breaks it; without member 1, member 1 holds block 2.
                return path == folder.path("x.nq.gz") && reason.contains(alteration == "flip" ? "gzip member 2 " : "gzip member 1 ")
            }
            #expect(try String(contentsOfFile: folder.path("x.nq"), encoding: .utf8) == "old\n")
            #expect(!FileManager.default.fileExists(atPath: folder.path("x.nq.gz")))
        }
    }

    @Test func anAlteredFileOnDiskFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
        let writer = try Self.writer(folder, lines: Self.manyLines(20_000))
        writer.finishWriting()
        let handle = try #require(FileHandle(forUpdatingAtPath: writer.temporaryPath))
        try handle.seek(toOffset: UInt64(LineDumpWriter.blockSize + 10))
        let byte = try #require(try handle.read(upToCount: 1)).first!
        try handle.seek(toOffset: UInt64(LineDumpWriter.blockSize + 10))
        try handle.write(contentsOf: [byte ^ 0x20])
        try handle.close()
        Self.expectVerificationFailure(writer, ["differs from the bytes written", "\(LineDumpWriter.blockSize)"])
    }

    // MARK: The verified-term memory

    @Test func aSmallTermMemoryGivesTheSameDumpAndStillChecks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let small = try Self.writer(folder, "small.nq", termByteLimit: 256, lines: Self.manyLines(20_000))
        try small.commit()
        let large = try Self.writer(folder, "large.nq", lines: Self.manyLines(20_000))
        try large.commit()
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("small.nq"))) == Data(contentsOf: URL(fileURLWithPath: folder.path("large.nq"))))
        // A bad term far into the dump, after the memory was emptied many times.
        try "old\n".write(toFile: folder.path("x.nq"), atomically: true, encoding: .utf8)
        var lines = Self.manyLines(20_000)
        lines.insert("<https://e.example/s> <https://e.example/p> \"x\"@EN", at: 19_000)
        let writer = try Self.writer(folder, termByteLimit: 256, lines: lines)
        Self.expectVerificationFailure(writer, [":19001:"])
    }

    @Test func theTermSetFindsWhatItHoldsAndForgetsPastItsLimit() {
        var set = EncodedTermSet(byteLimit: 1 << 20)
        func insert(_ s: String) -> Bool { Array(s.utf8).withUnsafeBytes { set.insert($0) } }
        for i in 0..<10_000 { #expect(insert("<https://e.example/\(i)>")) }
        for i in 0..<10_000 { #expect(!insert("<https://e.example/\(i)>")) }
        #expect(insert(""))
        #expect(!insert(""))
        #expect(set.count == 10_001)
        var small = EncodedTermSet(byteLimit: 100)
        func insertSmall(_ s: String) -> Bool { Array(s.utf8).withUnsafeBytes { small.insert($0) } }
        for i in 0..<20 { _ = insertSmall("<https://e.example/\(i)>") }
        #expect(small.count < 20)
        #expect(insertSmall("<https://e.example/0>"))  // forgotten: new again
    }

    @Test func blockChecksumsDoNotDependOnTheChunks() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var whole = BlockChecksums(blockSize: 1_000)
        var pieces = BlockChecksums(blockSize: 1_000)
        bytes.withUnsafeBytes { raw in
            whole.update(raw)
            var at = 0
            for n in [1, 999, 1_000, 1_500, 3, 7_000] where at < raw.count {
                pieces.update(UnsafeRawBufferPointer(rebasing: raw[at..<min(raw.count, at + n)]))
                at += n
            }
        }
        #expect(whole == pieces)
        #expect(whole.all.count == 10)
        var changed = bytes
        changed[4_321] ^= 1
        var other = BlockChecksums(blockSize: 1_000)
        changed.withUnsafeBytes { other.update($0) }
        #expect(other.firstDifference(from: whole) == 4)
    }
}
