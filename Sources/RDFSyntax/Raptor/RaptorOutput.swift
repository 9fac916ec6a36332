internal import CRaptor2
import Foundation

/// Where a raptor serializer's bytes go: a memory buffer or a file descriptor, through a
/// 1 MB buffer; each full block can also be handed to a `tap` (the streaming verifier).
///
/// raptor writes many single bytes (escaped strings go byte by byte), so the hot path is plain
/// pointer arithmetic on a C-like state record, with no Swift object access.
final class RaptorOutput {
    enum Sink {
        case memory
        case descriptor(Int32)
    }

    /// The buffer raptor's callbacks write into, reached through a raw pointer.
    struct State {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
        var owner: UnsafeMutableRawPointer?
    }

    private let sink: Sink
    private(set) var bytes: [UInt8] = []
    /// Receives each block of bytes written to the descriptor.
    var tap: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The tap writes the blocks to the descriptor itself (on its own thread).
    var delegatesWriting = false
    private(set) var failure: (any Error)?
    let state: UnsafeMutablePointer<State>
    static let blockSize = 1 << 18

    init(_ sink: Sink) {
        self.sink = sink
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: .allocate(capacity: Self.blockSize), count: 0, capacity: Self.blockSize, owner: nil))
        state.pointee.owner = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        state.pointee.base.deallocate()
        state.deallocate()
    }

    /// Moves the buffered bytes on: to memory, or to the descriptor and the tap.
    func drain() {
        let block = UnsafeRawBufferPointer(start: state.pointee.base, count: state.pointee.count)
        state.pointee.count = 0
        guard failure == nil, block.count > 0 else { return }
        switch sink {
        case .memory:
            bytes.append(contentsOf: block)
        case .descriptor(let fd):
            var offset = delegatesWriting && tap != nil ? block.count : 0
            while offset < block.count {
                let n = Foundation.write(fd, block.baseAddress! + offset, block.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = RDFSyntaxError(.io, "cannot write: \(String(cString: strerror(errno)))")
                    return
                }
                offset += n
            }
            if let tap {
                do { try tap(block) } catch { failure = error }
            }
        }
    }

    /// Writes what is buffered.
    func flush() { drain() }

    /// A raptor iostream writing into this output; free it with `raptor_free_iostream` before using the bytes.
    func iostream(world: RaptorWorld) -> OpaquePointer? {
        raptor_new_iostream_from_handler(world.pointer, UnsafeMutableRawPointer(state), raptorOutputHandler)
    }
}

@inline(__always) private func outputState(_ context: UnsafeMutableRawPointer) -> UnsafeMutablePointer<RaptorOutput.State> {
    context.assumingMemoryBound(to: RaptorOutput.State.self)
}

@inline(__always) private func drain(_ state: UnsafeMutablePointer<RaptorOutput.State>) {
    guard let owner = state.pointee.owner else { return }
    Unmanaged<RaptorOutput>.fromOpaque(owner).takeUnretainedValue().drain()
}

/// The handler table raptor calls for a ``RaptorOutput``; allocated once, never freed.
nonisolated(unsafe) private let raptorOutputHandler: UnsafeMutablePointer<raptor_iostream_handler> = {
    let handler = UnsafeMutablePointer<raptor_iostream_handler>.allocate(capacity: 1)
    handler.initialize(to: raptor_iostream_handler())
    handler.pointee.version = 2  // raptor 2.0.15 refuses version 1 handlers
    handler.pointee.write_byte = { context, byte in
        guard let context else { return 1 }
        let state = outputState(context)
        if state.pointee.count == state.pointee.capacity { drain(state) }
        state.pointee.base[state.pointee.count] = UInt8(truncatingIfNeeded: byte)
        state.pointee.count += 1
        return 0
    }
    handler.pointee.write_bytes = { context, pointer, size, count in
        guard let context, let pointer else { return 0 }
        let state = outputState(context)
        var source = pointer.assumingMemoryBound(to: UInt8.self)
        var remaining = size * count
        while remaining > 0 {
            if state.pointee.count == state.pointee.capacity { drain(state) }
            let n = min(remaining, state.pointee.capacity - state.pointee.count)
            (state.pointee.base + state.pointee.count).update(from: source, count: n)
            state.pointee.count += n
            source += n
            remaining -= n
        }
        return Int32(truncatingIfNeeded: count)
    }
    return handler
}()
