import Foundation

/// Reads written bytes back on a second thread while the conversion goes on, so verifying a
/// streamed output costs little wall-clock time: blocks are queued in a ``BoundedChannel`` (at
/// most ``maxQueued``, so memory stays bounded) and parsed in order. Turtle is parsed piece by piece
/// (``RaptorTurtlePieces``), so it is read back while raptor is still writing it.
///
/// What is read back is either summed into a ``StatementDigest`` (writers that keep every
/// statement: N-Triples, N-Quads) or ticked off a ``StatementHashSet`` of what was written
/// (writers that drop duplicates), given with ``expect(_:)`` before the output starts.
final class BackgroundVerifier: @unchecked Sendable {
    /// What was read back.
    struct ReadBack {
        /// The digest of every statement read (when checking against a digest).
        var digest: StatementDigest
        /// Statements read back that were not written (when checking against a set).
        var strays = 0
        /// The first of them, in N-Triples form.
        var firstStray: String?
    }

    private let condition = NSCondition()
    /// The blocks; unbounded until the set of hashes is given (the reader cannot start before).
    private let blocks: BoundedChannel<[UInt8]>
    private var ended = false
    private var expected: StatementHashSet?
    private let needsSet: Bool
    private var result: Result<ReadBack, any Error>?
    private static let maxQueued = 4

    /// Starts the reading thread. With `checksSet`, statements are ticked off the set given to
    /// ``expect(_:)``; otherwise they are summed into a digest.
    ///
    /// With `descriptor`, each block is written there before it is read (in order), so the
    /// system time of writing is spent on this thread too.
    init(format: RDFFormat, name: String, baseIRI: String, checksSet: Bool, includesGraph: Bool, writingTo descriptor: Int32? = nil) {
        needsSet = checksSet
        blocks = BoundedChannel(capacity: checksSet ? .max : Self.maxQueued)
        let thread = Thread { [self] in
            let outcome: Result<ReadBack, any Error>
            do {
                outcome = .success(try self.verify(
                    format: format, name: name, baseIRI: baseIRI, includesGraph: includesGraph, descriptor: descriptor))
            } catch {
                outcome = .failure(error)
            }
            self.condition.lock()
            self.result = outcome
            self.condition.broadcast()
            self.condition.unlock()
            self.blocks.stop()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Gives the sealed set of hashes written; call before the output starts.
    func expect(_ set: StatementHashSet) {
        condition.lock()
        expected = set
        condition.broadcast()
        condition.unlock()
        blocks.setCapacity(Self.maxQueued)
    }

    /// Queues a copy of a block of written bytes (waits while the queue is full).
    /// - Throws: the error that stopped the writing of earlier blocks (a full disk), so the
    ///   conversion stops at once.
    func submit(_ block: UnsafeRawBufferPointer) throws {
        if blocks.send([UInt8](block)) { return }
        // The reader stopped: a write error stops the conversion at once.
        condition.lock()
        defer { condition.unlock() }
        if case .failure(let error as RDFSyntaxError) = result, error.code == .io { throw error }
    }

    /// Marks the end of the output and waits for what was read back.
    func finish() throws -> ReadBack {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
        blocks.close()
        condition.lock()
        while result == nil { condition.wait() }
        let outcome = result!
        condition.unlock()
        return try outcome.get()
    }

    private func next() -> [UInt8]? { blocks.receive() }

    /// The set of hashes written (waits for it).
    private func expectedSet() -> StatementHashSet? {
        condition.lock()
        defer { condition.unlock() }
        while expected == nil && !ended { condition.wait() }
        return expected
    }

    /// The next block, written to the descriptor first when there is one.
    private func next(writingTo descriptor: Int32?, name: String) throws -> [UInt8]? {
        guard let block = next() else { return nil }
        guard let descriptor else { return block }
        try block.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RDFSyntaxError(.io, "cannot write: \(String(cString: strerror(errno)))", location: SourceLocation(file: name))
                }
                offset += n
            }
        }
        return block
    }

    private func verify(format: RDFFormat, name: String, baseIRI: String, includesGraph: Bool, descriptor: Int32?) throws -> ReadBack {
        var readBack = ReadBack(digest: StatementDigest(includesGraph: includesGraph))
        var set: StatementHashSet?
        if needsSet {
            set = expectedSet()
            guard set != nil else { throw RDFSyntaxError(.verification, "the statements written were not given to the verifier") }
        }
        let reader = try RaptorReader(format: format, world: try RaptorWorld()) { statement in
            if let set {
                if !set.tick(StatementDigest.hash(statement, includesGraph: includesGraph)) {
                    readBack.strays += 1
                    if readBack.firstStray == nil { readBack.firstStray = RaptorStreamConverter.describe(statement) }
                }
            } else {
                readBack.digest.add(statement)
            }
        }
        if format == .turtle {
            var splitter = TurtleSplitter(pieceSize: RaptorTurtlePieces.pieceSize)
            while let block = try next(writingTo: descriptor, name: name) {
                try block.withUnsafeBytes { bytes in
                    try splitter.append(bytes) { try RaptorTurtlePieces.parse($0, with: reader, name: name, baseIRI: baseIRI) }
                }
            }
            try splitter.finish { try RaptorTurtlePieces.parse($0, with: reader, name: name, baseIRI: baseIRI) }
        } else {
            try reader.start(name: name, baseIRI: baseIRI)
            while let block = try next(writingTo: descriptor, name: name) {
                try block.withUnsafeBytes { try reader.feed($0, end: false) }
            }
            try reader.feed(UnsafeRawBufferPointer(start: nil, count: 0), end: true)
        }
        return readBack
    }
}
