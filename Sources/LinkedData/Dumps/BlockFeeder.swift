import Foundation

/// Writes blocks of bytes to a file descriptor (a pipe to a reader thread or a child process)
/// on a thread of its own, so that the exporting thread hands a block over and goes on while
/// the consumer works on the other core. At most ``maxQueued`` blocks wait, so memory stays bounded.
///
/// A consumer that stops reading early (an error) makes writes fail; the feeder then drops the
/// remaining blocks and reports the first error from ``finish()``.
final class BlockFeeder: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var ended = false
    private var finished = false
    private var failure: String?
    private let fd: Int32
    private let observe: (([UInt8]) -> Void)?
    private let syncs: Bool
    private static let maxQueued = 8

    /// - Parameters:
    ///   - fd: the descriptor to write to; the feeder closes it when done.
    ///   - usesSend: write with `send(…, MSG_NOSIGNAL)` (a socket whose reader may go away).
    ///   - syncs: `fsync` the descriptor (a file) before closing it.
    ///   - observe: called on the feeder thread with each block, in order, before it is written.
    init(fd: Int32, usesSend: Bool = false, syncs: Bool = false, observe: (([UInt8]) -> Void)? = nil) {
        self.fd = fd
        self.observe = observe
        self.syncs = syncs
        let thread = Thread { [self] in self.run(usesSend: usesSend) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Queues a block (waits while the queue is full).
    func submit(_ block: [UInt8]) {
        condition.lock()
        while queue.count >= Self.maxQueued && !finished { condition.wait() }
        if !finished { queue.append(block) }
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the end, waits until every block is written and the descriptor closed.
    /// - Returns: why writing failed, or `nil`.
    func finish() -> String? {
        condition.lock()
        ended = true
        condition.broadcast()
        while !finished { condition.wait() }
        let result = failure
        condition.unlock()
        return result
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

    private func run(usesSend: Bool) {
        var error: String? = nil
        while let block = next() {
            observe?(block)
            guard error == nil else { continue }
            block.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n: Int
                    if usesSend {
                        #if canImport(Glibc)
                        n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                        #else
                        n = send(fd, raw.baseAddress! + offset, raw.count - offset, 0)
                        #endif
                    } else {
                        n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    }
                    if n < 0 {
                        if errno == EINTR { continue }
                        error = String(cString: strerror(errno))
                        return
                    }
                    offset += n
                }
            }
        }
        if syncs && error == nil && fsync(fd) != 0 && errno != EINVAL {
            error = String(cString: strerror(errno))
        }
        close(fd)
        condition.lock()
        failure = error
        finished = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
