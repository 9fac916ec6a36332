import Crypto
import Dispatch
import Foundation
import RDFModel
import RDFSyntax

/// Writes an N-Triples or N-Quads dump line by line, so that a dump of millions of statements
/// never sits whole in memory, and keeps it only if it reads back as written.
///
/// Lines go to a temporary file beside the destination. Every block written is also read back
/// by ``RDFParser`` (raptor) on a thread of its own, through a pipe, while the export goes on:
/// the statements parsed must match what was written, as a count and an order-independent digest
/// of their canonical lines. At ``commit()`` the file is read back from disk and its SHA-256 must
/// be that of the bytes written; only then is it renamed over the destination. On any failure
/// the destination is untouched. (Where `/dev/fd` is missing, the file itself is parsed at commit.)
///
/// With `gzip`, the same blocks are piped to `gzip -n -c` as they are written, and `name.nq.gz`
/// is renamed into place after the dump.
final class LineDumpWriter {
    let path: String
    let format: RDFFormat
    private let temporary: String
    private var file: BlockFeeder?
    private var buffer: [UInt8] = []
    private var digest = LineDigest()
    private let written = SHA256Box()
    private var readBack: ReadBack?
    private var compressor: Compressor?
    private var committed = false
    /// Statements written.
    var count: Int { digest.count }
    /// After ``commit()``: the file's size and lower-case hex SHA-256, as read back from disk.
    private(set) var byteSize = 0
    private(set) var sha256 = ""
    /// After ``commit()``: the gzip-compressed copy, when one was asked for.
    private(set) var compressedPath: String?

    private static let blockSize = 1 << 20

    /// Opens a temporary file beside `path` (and starts `gzip` when `gzip` names the program and the
    /// compressed file's path). - Throws: ``ExportError/cannotWrite(path:reason:)``.
    init(path: String, format: RDFFormat, gzip: (program: String, path: String)? = nil) throws {
        precondition(format == .ntriples || format == .nquads, "line dumps are N-Triples or N-Quads")
        self.path = path
        self.format = format
        temporary = Self.temporaryPath(beside: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let written = self.written
        file = BlockFeeder(fd: fd, syncs: true) { written.update($0) }
        readBack = ReadBack(format: format)
        if let gzip {
            do {
                compressor = try Compressor(program: gzip.program, destination: gzip.path)
            } catch {
                _ = file?.finish()
                unlink(temporary)
                readBack?.abandon()
                throw error
            }
        }
        buffer.reserveCapacity(Self.blockSize + (1 << 16))
    }

    deinit {
        guard !committed else { return }
        _ = file?.finish()
        unlink(temporary)
        readBack?.abandon()
        compressor?.discard()
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
        try flushIfFull()
    }

    /// Appends one statement in N-Triples form.
    func write(_ triple: Triple, graph: IRI?) throws {
        var bytes: [UInt8] = []
        NTriplesEncoding.append(triple, to: &bytes)
        bytes.withUnsafeBufferPointer { append($0, graphSuffix: graph.map(graphSuffix) ?? []) }
        try flushIfFull()
    }

    /// Appends every line of an arena, in the graph `graph`.
    func write(_ lines: LineArena, graph: IRI?) throws {
        let suffix = graph.map(graphSuffix) ?? []
        lines.bytes.withUnsafeBufferPointer { bytes in
            for i in lines.indices { append(UnsafeBufferPointer(rebasing: bytes[lines.range(i)]), graphSuffix: suffix) }
        }
        try flushIfFull()
    }

    /// Appends line `i` of an arena, in the graph `graph`.
    func write(_ lines: LineArena, at i: Int, graph: IRI?) throws {
        let suffix = graph.map(graphSuffix) ?? []
        lines.withLine(i) { append($0, graphSuffix: suffix) }
        try flushIfFull()
    }

    /// ` <graph>` for N-Quads, nothing for N-Triples.
    private func graphSuffix(_ graph: IRI) -> [UInt8] {
        guard format == .nquads else { return [] }
        var out: [UInt8] = [UInt8(ascii: " ")]
        NTriplesEncoding.append(graph, to: &out)
        return out
    }

    private func append(_ line: UnsafeBufferPointer<UInt8>, graphSuffix: [UInt8]) {
        let start = buffer.count
        buffer.append(contentsOf: line)
        buffer.append(contentsOf: graphSuffix)
        buffer.append(UInt8(ascii: " "))
        buffer.append(UInt8(ascii: "."))
        buffer.withUnsafeBufferPointer { digest.add(UnsafeBufferPointer(rebasing: $0[start...])) }
        buffer.append(0x0A)
    }

    private func flushIfFull() throws {
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Hands the buffer to the file, the read-back and gzip (each on its own thread).
    private func flush() {
        guard !buffer.isEmpty else { return }
        let block = buffer
        file?.submit(block)
        readBack?.feeder.submit(block)
        compressor?.feeder.submit(block)
        buffer = []
        buffer.reserveCapacity(Self.blockSize + (1 << 16))
    }

    /// Flushes, verifies (the read-back's statements, the file's bytes on disk), and renames the
    /// file (and the compressed copy) into place.
    /// - Throws: ``ExportError/verificationFailed(path:reason:)`` or ``ExportError/cannotWrite(path:reason:)``.
    func commit() throws {
        flush()
        if let problem = file?.finish() {
            file = nil
            throw ExportError.cannotWrite(path: path, reason: problem)
        }
        file = nil
        let read: LineDigest
        do {
            if let readBack {
                read = try readBack.finish()
            } else {
                read = try ReadBack.parse(file: temporary, format: format)
            }
        } catch {
            var reason = "\(error)"
            if let readBack { reason = reason.replacingOccurrences(of: readBack.readPath, with: path) }
            throw ExportError.verificationFailed(path: path, reason: reason)
        }
        guard read == digest else {
            throw ExportError.verificationFailed(
                path: path, reason: "wrote \(count) statements, read back \(read.count)\(read.count == count ? " with different terms" : "")")
        }
        let (size, sha) = try FileDigest.of(temporary)
        guard sha == written.hex else {
            throw ExportError.verificationFailed(path: path, reason: "the file read back from disk differs from the bytes written (SHA-256)")
        }
        byteSize = size
        sha256 = sha
        guard rename(temporary, path) == 0 else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
        if let compressor {
            self.compressor = nil
            try compressor.commit()
            compressedPath = compressor.destination
        }
    }
}

/// A SHA-256 fed from the file feeder's thread and read after it finished.
private final class SHA256Box: @unchecked Sendable {
    private var hasher = SHA256()
    func update(_ block: [UInt8]) { hasher.update(data: block) }
    var hex: String {
        hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}

/// Parses the dump's bytes as they are written, on a thread of its own, through a pipe that
/// ``RDFParser`` reads as `/dev/fd/N`.
private final class ReadBack: @unchecked Sendable {
    let feeder: BlockFeeder
    /// The path the parser reads (`/dev/fd/N`), which its messages name.
    let readPath: String
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<LineDigest, any Error>?
    private var ended = false

    /// `nil` where `/dev/fd` is missing (the file is then parsed at commit).
    init?(format: RDFFormat) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let readPath = "/dev/fd/" + String(fds[0])
        guard FileManager.default.fileExists(atPath: readPath) else {
            close(fds[0])
            close(fds[1])
            return nil
        }
        self.readPath = readPath
        feeder = BlockFeeder(fd: fds[1])
        let readFD = fds[0]
        let thread = Thread { [self] in
            let result = Result { try Self.parse(file: readPath, format: format) }
            // Drain what the parser left (after an error), so the writer never blocks.
            let scratch = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 16)
            while true {
                let n = read(readFD, scratch, 1 << 16)
                if n > 0 || (n < 0 && errno == EINTR) { continue }
                break
            }
            scratch.deallocate()
            close(readFD)
            self.outcome = result
            self.done.signal()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Parses a dump into the digest of its statements' canonical lines.
    static func parse(file: String, format: RDFFormat) throws -> LineDigest {
        var digest = LineDigest()
        var line: [UInt8] = []
        line.reserveCapacity(1024)
        try RDFParser.stream(file: file, format: format) { quad in
            line.removeAll(keepingCapacity: true)
            NTriplesEncoding.append(quad.triple, to: &line)
            if format == .nquads, let graph = quad.graph {
                line.append(UInt8(ascii: " "))
                NTriplesEncoding.append(graph, to: &line)
            }
            line.append(UInt8(ascii: " "))
            line.append(UInt8(ascii: "."))
            line.withUnsafeBufferPointer { digest.add($0) }
        }
        return digest
    }

    /// Ends the input and waits for the digest. - Throws: the parser's error.
    func finish() throws -> LineDigest {
        end()
        return try outcome!.get()
    }

    /// Ends the input without looking at the result.
    func abandon() { end() }

    private func end() {
        guard !ended else { return }
        ended = true
        _ = feeder.finish()
        done.wait()
    }
}

/// `gzip -n -c` reading the dump's blocks from a socket as they are written, into a temporary
/// file beside the destination.
private final class Compressor {
    let feeder: BlockFeeder
    let destination: String
    private let temporary: String
    private let process: Process
    private let errors: Pipe
    private let program: String

    init(program: String, destination: String) throws {
        self.program = program
        self.destination = destination
        temporary = LineDumpWriter.temporaryPath(beside: destination)
        var fds: [Int32] = [0, 0]
        #if canImport(Glibc)
        let streamType = Int32(SOCK_STREAM.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, streamType, 0, &fds) == 0 else {
            throw ExportError.cannotWrite(path: destination, reason: "cannot make a socket pair for \(program): \(String(cString: strerror(errno)))")
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        #if !canImport(Glibc)
        var one: Int32 = 1
        setsockopt(fds[0], SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let output = FileHandle(forWritingAtPath: temporary)
        else {
            close(fds[0])
            close(fds[1])
            throw ExportError.cannotWrite(path: destination, reason: "cannot create a temporary file beside it")
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-n", "-c"]
        process.standardInput = FileHandle(fileDescriptor: fds[1], closeOnDealloc: false)
        process.standardOutput = output
        errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            close(fds[0])
            close(fds[1])
            try? output.close()
            unlink(temporary)
            throw ExportError.cannotWrite(path: destination, reason: "cannot run \(program): \(error.localizedDescription)")
        }
        close(fds[1])
        try? output.close()
        feeder = BlockFeeder(fd: fds[0], usesSend: true)
    }

    /// Ends gzip's input, waits for it, and renames its output into place.
    func commit() throws {
        let problem = feeder.finish()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, problem == nil else {
            unlink(temporary)
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExportError.cannotWrite(
                path: destination, reason: "\(program) failed (exit \(process.terminationStatus)): \(text.isEmpty ? problem ?? "" : text)")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError.cannotWrite(path: destination, reason: reason)
        }
    }

    /// Stops gzip and removes its output.
    func discard() {
        _ = feeder.finish()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        unlink(temporary)
    }
}
