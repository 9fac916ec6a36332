import Foundation
internal import CRaptor2
import RDFModel

/// A short queue of batches between the parsing and the building thread, with spare batches
/// coming back for reuse (memory stays at a few batches whatever the input's size).
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [TermBatch] = []
    private var spares: [TermBatch] = []
    private var closed = false
    /// How many batches may wait before the sender blocks.
    private let depth: Int

    /// - Parameter depth: how many batches may wait (`Int.max` for a part read ahead of its turn).
    init(depth: Int = 4) { self.depth = depth }

    func send(_ batch: TermBatch) {
        condition.lock()
        while queue.count >= depth { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or `nil` once the channel is closed and empty.
    func receive() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func recycle(_ batch: TermBatch) {
        condition.lock()
        batch.count = 0
        if spares.count <= 4 { spares.append(batch) }
        condition.unlock()
    }

    func spare() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        return spares.popLast()
    }
}
