import Foundation
internal import CRaptor2
import RDFModel

/// The building thread: drains its channels one after the other (the parts of a text in order,
/// so identifiers are issued as a single reading would issue them) into one assembler.
final class GraphBuildThread: @unchecked Sendable {
    let assembler: GraphAssembler
    private let channels: [BatchChannel]
    private let finished = DispatchSemaphore(value: 0)
    private var joined = false

    init(channels: [BatchChannel], assembler: GraphAssembler) {
        self.channels = channels
        self.assembler = assembler
        let thread = Thread { [channels, assembler, finished] in
            for channel in channels {
                while let batch = channel.receive() {
                    assembler.consume(batch)
                    channel.recycle(batch)
                }
            }
            finished.signal()
        }
        thread.name = "communique.graph-builder"
        thread.start()
    }

    /// Waits until every channel is closed and drained; then takes the graph out.
    func join() -> Graph {
        if !joined {
            joined = true
            for channel in channels { channel.close() }
            finished.wait()
        }
        return assembler.take()
    }

    deinit { _ = join() }
}
