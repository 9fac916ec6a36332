import Foundation
import RDFModel
import RDFSyntax

/// The second thread of a line dump: takes the writer's blocks from a bounded queue and, for
/// each in order, checks its lines (``DumpLineChecker``), takes its CRC-32, writes it to the file
/// and, when asked, compresses it into one gzip member (``GzipMembers``) of the compressed copy.
/// The exporting thread only hands blocks over through a ``BoundedChannel``; at most
/// ``maxQueued`` wait, so memory stays bounded.
///
/// One thread for all of it, rather than one per consumer: each step costs a fraction of what
/// the export thread spends per block, so a single thread keeps up on a shared core.
/// After the first failure the remaining blocks are dropped (the writer never blocks on a
/// consumer that stopped), and ``finish()`` reports it.
final class DumpPipeline: @unchecked Sendable {
    /// What went wrong, first.
    enum Failure: Error {
        /// A line that is not what the writer composes, or a term raptor does not read as written.
        case verification(String)
        /// Writing the dump failed (the reason).
        case write(String)
        /// Writing the compressed copy failed (the reason).
        case compressedWrite(String)
    }

    /// What the thread did, once it ended.
    struct Outcome {
        /// Lines checked.
        var lines = 0
        /// The checksums of the bytes written to the dump.
        var written: BlockChecksums
        var failure: Failure?
    }

    static let maxQueued = 8
    /// Blocks kept for reuse once handled: the writer fills them again instead of allocating
    /// (and page-faulting) a fresh MiB per block.
    static let maxSpares = 4

    private let condition = NSCondition()
    private let blocks = BoundedChannel<[UInt8]>(capacity: DumpPipeline.maxQueued, spareCapacity: DumpPipeline.maxSpares)
    private var finished = false
    private var outcome: Outcome
    private let fd: Int32
    private let compressedFD: Int32?
    private let gzipLevel: Int

    /// Starts the thread.
    /// - Parameters:
    ///   - fd: the dump file, written, `fsync`ed and closed by the thread.
    ///   - name: the dump's path, for messages.
    ///   - compressedFD: the compressed copy's file, when there is one (closed by the thread).
    ///   - gzipLevel: its compression level (1 … 12).
    ///   - blockSize: the writer's block size (the checksums' block size).
    init(fd: Int32, format: RDFFormat, name: String, compressedFD: Int32?, gzipLevel: Int = GzipMembers.level, blockSize: Int, termByteLimit: Int) {
        self.fd = fd
        self.compressedFD = compressedFD
        self.gzipLevel = gzipLevel
        outcome = Outcome(written: BlockChecksums(blockSize: blockSize))
        let checker = DumpLineChecker(format: format, name: name, termByteLimit: termByteLimit)
        let thread = Thread { [self] in self.run(checker) }
        thread.stackSize = 4 << 20  // raptor parses on it
        thread.start()
    }

    /// Queues a block (waits while the queue is full).
    func submit(_ block: [UInt8]) {
        blocks.send(block)
    }

    /// A handled block to fill again (emptied, its capacity kept), or `nil`.
    func spare() -> [UInt8]? {
        guard var block = blocks.spare() else { return nil }
        block.removeAll(keepingCapacity: true)
        return block
    }

    /// Marks the end, waits until every block is handled and the files closed.
    func finish() -> Outcome {
        blocks.close()
        condition.lock()
        while !finished { condition.wait() }
        let result = outcome
        condition.unlock()
        return result
    }

    private func run(_ checker: DumpLineChecker) {
        var checker = checker
        var result = outcome
        var gzip = compressedFD == nil ? nil : GzipMembers(level: gzipLevel)
        if compressedFD != nil && gzip == nil {
            result.failure = .compressedWrite("libdeflate cannot allocate a compressor at level \(gzipLevel)")
        }
        while let block = blocks.receive() {
            block.withUnsafeBytes { bytes in
                do {
                    try checker.check(bytes)
                } catch {
                    result.failure = .verification("\(error)")
                    return
                }
                let crc = Deflate.crc32(0, bytes)
                if let problem = Self.write(bytes, to: fd) {
                    result.failure = .write(problem)
                    return
                }
                result.written.update(bytes, crc: crc)
                if let compressedFD {
                    var problem: String? = "libdeflate could not compress a block"
                    _ = gzip?.member(of: bytes, crc: crc) { member in
                        problem = Self.write(member, to: compressedFD)
                    }
                    if let problem { result.failure = .compressedWrite(problem) }
                }
            }
            if result.failure != nil {
                // Drop what waits; the writer never waits again.
                blocks.stop()
                break
            }
            blocks.recycle(block)
        }
        if result.failure == nil {
            do {
                try checker.finish()
            } catch {
                result.failure = .verification("\(error)")
            }
        }
        result.lines = checker.lines
        if result.failure == nil, let compressedFD, result.written.size == 0 {
            // An empty dump still gets one (empty) member: a gzip file of no member is not one.
            var problem: String? = "libdeflate could not compress an empty block"
            _ = gzip?.member(of: UnsafeRawBufferPointer(start: nil, count: 0), crc: 0) { member in
                problem = Self.write(member, to: compressedFD)
            }
            if let problem { result.failure = .compressedWrite(problem) }
        }
        if result.failure == nil && fsync(fd) != 0 && errno != EINVAL {
            result.failure = .write(String(cString: strerror(errno)))
        }
        close(fd)
        if let compressedFD { close(compressedFD) }
        blocks.stop()
        condition.lock()
        outcome = result
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Writes all of `bytes`. - Returns: why it failed, or `nil`.
    private static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += n
        }
        return nil
    }
}
