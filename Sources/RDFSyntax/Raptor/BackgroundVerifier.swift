import Foundation

/// Reads written bytes back on a second thread while the conversion goes on, so verifying a
/// streamed output costs little wall-clock time: blocks are queued (at most ``maxQueued``,
/// so memory stays bounded) and parsed in order; the result is the digest of what was read.
final class BackgroundVerifier: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var ended = false
    private var result: Result<StatementDigest, any Error>?
    private static let maxQueued = 4

    init(format: RDFFormat, name: String, baseIRI: String, distinct: Bool, includesGraph: Bool) {
        let thread = Thread { [self] in
            let outcome: Result<StatementDigest, any Error>
            do {
                outcome = .success(try self.verify(format: format, name: name, baseIRI: baseIRI, distinct: distinct, includesGraph: includesGraph))
            } catch {
                outcome = .failure(error)
            }
            self.condition.lock()
            self.result = outcome
            self.queue.removeAll()
            self.condition.broadcast()
            self.condition.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Queues a copy of a block of written bytes (waits while the queue is full).
    func submit(_ block: UnsafeRawBufferPointer) {
        let copy = [UInt8](block)
        condition.lock()
        while queue.count >= Self.maxQueued && result == nil { condition.wait() }
        if result == nil { queue.append(copy) }
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the end of the output and waits for the digest of what was read back.
    func finish() throws -> StatementDigest {
        condition.lock()
        ended = true
        condition.broadcast()
        while result == nil { condition.wait() }
        let outcome = result!
        condition.unlock()
        return try outcome.get()
    }

    private func next() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !ended { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let block = queue.removeFirst()
        condition.broadcast()
        return block
    }

    private func verify(format: RDFFormat, name: String, baseIRI: String, distinct: Bool, includesGraph: Bool) throws -> StatementDigest {
        var digest = StatementDigest(distinct: distinct, includesGraph: includesGraph)
        let reader = try RaptorReader(format: format, world: try RaptorWorld()) { digest.add($0) }
        try reader.start(name: name, baseIRI: baseIRI)
        while let block = next() {
            try block.withUnsafeBytes { try reader.feed($0, end: false) }
        }
        try reader.feed(UnsafeRawBufferPointer(start: nil, count: 0), end: true)
        return digest
    }
}
