import Foundation
import RDFModel
import RDFSyntax

/// Writes an N-Triples or N-Quads dump line by line, so that a dump of millions of statements
/// never sits whole in memory, and keeps it only if it reads back as written.
///
/// Lines go to a temporary file beside the destination. ``commit()`` re-reads that file with
/// ``RDFParser`` (raptor) and compares the statements with what was written, as a count and an
/// order-independent digest of their canonical N-Quads form; only then is the file renamed
/// over the destination. On any failure the destination is untouched.
final class LineDumpWriter {
    let path: String
    let format: RDFFormat
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private(set) var count = 0
    private var digest: UInt64 = 0

    /// Opens a temporary file beside `path`. - Throws: ``ExportError/cannotWrite(path:reason:)``.
    init(path: String, format: RDFFormat) throws {
        precondition(format == .ntriples || format == .nquads, "line dumps are N-Triples or N-Quads")
        self.path = path
        self.format = format
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temporary)
        }
    }

    /// Appends one statement (the graph name is ignored for N-Triples).
    func write(_ triple: Triple, graph: IRI?) throws {
        try write(line: triple.ntriplesLine, graph: graph)
    }

    /// Appends one statement given in N-Triples form without the final ` .`.
    func write(line ntriples: String, graph: IRI?) throws {
        var line = ntriples
        if format == .nquads, let graph { line += " " + graph.description }
        line += " ."
        digest &+= Self.hash(line)
        count += 1
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, verifies by re-reading, and renames the file into place.
    /// - Throws: ``ExportError/verificationFailed(path:reason:)`` or ``ExportError/cannotWrite(path:reason:)``.
    func commit() throws {
        try flush()
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        close(fd)
        fd = -1
        var readCount = 0
        var readDigest: UInt64 = 0
        do {
            try RDFParser.stream(file: temporary, format: format) { quad in
                readCount += 1
                readDigest &+= Self.hash(format == .nquads ? quad.description : quad.triple.description)
            }
        } catch {
            unlink(temporary)
            throw ExportError.verificationFailed(path: path, reason: "\(error)")
        }
        guard readCount == count, readDigest == digest else {
            unlink(temporary)
            throw ExportError.verificationFailed(
                path: path, reason: "wrote \(count) statements, read back \(readCount)\(readCount == count ? " with different terms" : "")")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
    }

    /// 64-bit FNV-1a of a line's UTF-8 bytes.
    static func hash(_ line: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in line.utf8 {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        return h
    }
}
