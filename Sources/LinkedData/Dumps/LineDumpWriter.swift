import Foundation
import RDFModel
import RDFSyntax

/// Writes an N-Triples or N-Quads dump line by line, so that a dump of millions of statements
/// never sits whole in memory, and keeps it only if every byte checks out.
///
/// Lines go to a buffer that is cut into blocks of ``blockSize`` bytes at fixed offsets of the
/// stream (a line may straddle two blocks), so the blocks, and the compressed copy made of them,
/// are the same whatever `--jobs` is. A ``DumpPipeline`` thread takes each block and
/// - checks its lines with ``DumpLineChecker``: every line is the writer's fixed syntax around
///   terms that raptor reads back as written (each distinct term once, not the whole dump again);
/// - writes it to a temporary file beside the destination, recording its CRC-32;
/// - with a compressed path, compresses it in process with libdeflate into one gzip member of
///   the `.nq.gz` (``GzipMembers``).
///
/// At ``commit()`` the line count must be the statements written, and the file is read back from
/// disk once: its size and block CRC-32s must be those of the bytes written, and its SHA-256
/// (for DCAT) is taken in the same pass. The compressed copy is read back too, and each of its
/// members must decompress to the matching block (``GzipReadBack``). Only then are they renamed
/// over the destinations. On any failure the destinations are untouched
/// and the error names the dump and the reason (for a term, its line).
///
/// Measured on 1,000 generated articles (a 75 MB N-Quads dump): raptor re-reading the whole dump
/// cost 1.15 CPU-s, `gzip -n` 0.9 s and two SHA-256 passes about 0.1 s; this costs about a
/// quarter of that (see the report in README.md, "Benchmark").
final class LineDumpWriter {
    let path: String
    let format: RDFFormat
    private let temporary: String
    /// The compressed copy's destination and temporary file.
    private let compressed: (path: String, temporary: String)?
    private var pipeline: DumpPipeline?
    private var outcome: DumpPipeline.Outcome?
    private var buffer: [UInt8] = []
    private var committed = false
    /// Statements written.
    private(set) var count = 0
    /// After ``commit()``: the file's size and lower-case hex SHA-256, as read back from disk.
    private(set) var byteSize = 0
    private(set) var sha256 = ""
    /// After ``commit()``: the gzip-compressed copy, when one was asked for, with its size and SHA-256.
    private(set) var compressedPath: String?
    private(set) var compressedByteSize = 0
    private(set) var compressedSHA256 = ""

    /// The size of the blocks the stream is cut into (and of each gzip member's input): 1 MiB.
    static let blockSize = 1 << 20

    /// Opens a temporary file beside `path` (and one beside `compressedPath`, the gzip copy,
    /// when given, compressed at `gzipLevel`). `termByteLimit` bounds the memory of verified terms (tests lower it).
    /// - Throws: ``ExportError/cannotWrite(path:reason:)``.
    init(path: String, format: RDFFormat, compressedPath: String? = nil, gzipLevel: Int = GzipMembers.level, termByteLimit: Int = EncodedTermSet.defaultByteLimit) throws {
        precondition(format == .ntriples || format == .nquads, "line dumps are N-Triples or N-Quads")
        self.path = path
        self.format = format
        temporary = Self.temporaryPath(beside: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        var compressedFD: Int32? = nil
        if let compressedPath {
            let compressedTemporary = Self.temporaryPath(beside: compressedPath)
            let cfd = open(compressedTemporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard cfd >= 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw ExportError.cannotWrite(path: compressedPath, reason: reason)
            }
            compressed = (compressedPath, compressedTemporary)
            compressedFD = cfd
        } else {
            compressed = nil
        }
        pipeline = DumpPipeline(
            fd: fd, format: format, name: path, compressedFD: compressedFD, gzipLevel: gzipLevel, blockSize: Self.blockSize, termByteLimit: termByteLimit)
        buffer.reserveCapacity(2 * Self.blockSize)
    }

    deinit {
        guard !committed else { return }
        _ = pipeline?.finish()
        unlink(temporary)
        if let compressed { unlink(compressed.temporary) }
    }

    static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    }

    /// Appends one statement given in N-Triples form without the final ` .` (the graph name is
    /// ignored for N-Triples).
    func write(line ntriples: String, graph: IRI?) throws {
        var line = ntriples
        line.withUTF8 { append($0, graphSuffix: graph.map(graphSuffix) ?? []) }
        flushFullBlocks()
    }

    /// Appends one statement in N-Triples form.
    func write(_ triple: Triple, graph: IRI?) throws {
        var bytes: [UInt8] = []
        NTriplesEncoding.append(triple, to: &bytes)
        bytes.withUnsafeBufferPointer { append($0, graphSuffix: graph.map(graphSuffix) ?? []) }
        flushFullBlocks()
    }

    /// Appends every line of an arena, in the graph `graph`.
    func write(_ lines: LineArena, graph: IRI?) throws {
        let suffix = graph.map(graphSuffix) ?? []
        lines.bytes.withUnsafeBufferPointer { bytes in
            for i in lines.indices { append(UnsafeBufferPointer(rebasing: bytes[lines.range(i)]), graphSuffix: suffix) }
        }
        flushFullBlocks()
    }

    /// Appends line `i` of an arena, in the graph `graph`.
    func write(_ lines: LineArena, at i: Int, graph: IRI?) throws {
        let suffix = graph.map(graphSuffix) ?? []
        lines.withLine(i) { append($0, graphSuffix: suffix) }
        flushFullBlocks()
    }

    /// ` <graph>` for N-Quads, nothing for N-Triples.
    private func graphSuffix(_ graph: IRI) -> [UInt8] {
        guard format == .nquads else { return [] }
        var out: [UInt8] = [UInt8(ascii: " ")]
        NTriplesEncoding.append(graph, to: &out)
        return out
    }

    @inline(__always) private func append(_ line: UnsafeBufferPointer<UInt8>, graphSuffix: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(contentsOf: graphSuffix)
        buffer.append(UInt8(ascii: " "))
        buffer.append(UInt8(ascii: "."))
        buffer.append(0x0A)
        count += 1
    }

    /// Hands every complete block to the pipeline; the rest (less than a block) stays in the
    /// buffer. The buffer itself is handed over, its overflow moved to a block the pipeline has
    /// handled (or a new one), so the bytes are copied once, into the buffer.
    private func flushFullBlocks() {
        while buffer.count >= Self.blockSize, let pipeline {
            var next = pipeline.spare() ?? []
            if next.capacity < 2 * Self.blockSize { next.reserveCapacity(2 * Self.blockSize) }
            next.append(contentsOf: buffer[Self.blockSize...])
            buffer.removeLast(buffer.count - Self.blockSize)
            pipeline.submit(buffer)
            buffer = next
        }
    }

    /// Hands the last (short) block over and waits for the pipeline. Idempotent; ``commit()``
    /// calls it (tests call it first to change the file before the read-back).
    func finishWriting() {
        flushFullBlocks()
        guard let pipeline else { return }
        self.pipeline = nil
        if !buffer.isEmpty { pipeline.submit(buffer) }
        buffer = []
        outcome = pipeline.finish()
    }

    /// The temporary file the dump is written to before ``commit()`` (for tests).
    var temporaryPath: String { temporary }

    /// Flushes, verifies (the lines, the file's bytes on disk, the compressed copy's), and
    /// renames the file (and the compressed copy) into place.
    /// - Throws: ``ExportError/verificationFailed(path:reason:)`` or ``ExportError/cannotWrite(path:reason:)``.
    func commit() throws {
        finishWriting()
        guard let outcome else { throw ExportError.cannotWrite(path: path, reason: "the dump was already committed") }
        switch outcome.failure {
        case .verification(let reason): throw ExportError.verificationFailed(path: path, reason: reason)
        case .write(let reason): throw ExportError.cannotWrite(path: path, reason: reason)
        case .compressedWrite(let reason): throw ExportError.cannotWrite(path: compressed?.path ?? path, reason: reason)
        case nil: break
        }
        guard outcome.lines == count else {
            throw ExportError.verificationFailed(path: path, reason: "wrote \(count) statements, but the dump has \(outcome.lines) lines")
        }
        let onDisk = try Self.readBack(temporary, as: path, expected: outcome.written)
        var compressedOnDisk: GzipReadBack?
        if let compressed {
            do {
                compressedOnDisk = try GzipReadBack(reading: compressed.temporary, dump: outcome.written)
            } catch {
                throw ExportError.verificationFailed(path: compressed.path, reason: "\(error)")
            }
        }
        byteSize = onDisk.size
        sha256 = onDisk.sha256
        guard rename(temporary, path) == 0 else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
        if let compressed, let compressedOnDisk {
            guard rename(compressed.temporary, compressed.path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(compressed.temporary)
                throw ExportError.cannotWrite(path: compressed.path, reason: reason)
            }
            compressedPath = compressed.path
            compressedByteSize = compressedOnDisk.size
            compressedSHA256 = compressedOnDisk.sha256
        }
    }

    /// Reads a written file back once and compares it with what was written.
    private static func readBack(_ file: String, as path: String, expected: BlockChecksums) throws -> FileDigest {
        let digest: FileDigest
        do {
            digest = try FileDigest(reading: file, blockSize: expected.blockSize)
        } catch ExportError.cannotWrite(_, let reason) {
            throw ExportError.verificationFailed(path: path, reason: reason)
        }
        guard digest.size == expected.size else {
            throw ExportError.verificationFailed(
                path: path, reason: "the file on disk has \(digest.size) bytes, \(expected.size) were written")
        }
        if let block = digest.checksums.firstDifference(from: expected) {
            let start = block * expected.blockSize
            throw ExportError.verificationFailed(
                path: path,
                reason: "the file read back from disk differs from the bytes written (CRC-32 of bytes \(start)–\(min(start + expected.blockSize, expected.size) - 1))")
        }
        return digest
    }
}
