import Foundation
internal import CRaptor2
import RDFModel

/// The short queue of batches between the parsing and the building thread: a
/// ``BoundedChannel`` of ``TermBatch``es, with spare batches coming back (emptied) for reuse,
/// so memory stays at a few batches whatever the input's size.
final class BatchChannel: @unchecked Sendable {
    private let channel: BoundedChannel<TermBatch>

    /// - Parameter depth: how many batches may wait (`Int.max` for a part read ahead of its turn).
    init(depth: Int = 4) { channel = BoundedChannel(capacity: depth, spareCapacity: 5) }

    func send(_ batch: TermBatch) { channel.send(batch) }

    /// The next batch, or `nil` once the channel is closed and empty.
    func receive() -> TermBatch? { channel.receive() }

    func close() { channel.close() }

    func recycle(_ batch: TermBatch) {
        batch.count = 0
        channel.recycle(batch)
    }

    func spare() -> TermBatch? { channel.spare() }
}
