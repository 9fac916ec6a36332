internal import CRaptor2
import Foundation

/// Where a raptor serializer's bytes go: a memory buffer or a file descriptor, through a
/// buffer, optionally also handed to a `tap` (the streaming verifier reads them back).
final class RaptorOutput {
    enum Sink {
        case memory
        case descriptor(Int32)
    }

    private let sink: Sink
    private(set) var bytes: [UInt8] = []
    /// Receives each flushed block of bytes as well.
    var tap: ((UnsafeRawBufferPointer) throws -> Void)?
    private(set) var failure: (any Error)?
    private(set) var byteCount = 0
    private static let flushSize = 1 << 16

    init(_ sink: Sink) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushSize * 2)
    }

    @inline(__always) func write(_ pointer: UnsafeRawPointer, _ count: Int) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: count))
        byteCount += count
        if case .descriptor = sink, bytes.count >= Self.flushSize { flush() }
    }

    @inline(__always) func write(byte: UInt8) {
        bytes.append(byte)
        byteCount += 1
    }

    /// Writes what is buffered to the descriptor and the tap (memory output keeps it all).
    func flush() {
        guard failure == nil else { bytes.removeAll(keepingCapacity: true); return }
        if case .descriptor(let fd) = sink {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = RDFSyntaxError(.io, "cannot write: \(String(cString: strerror(errno)))")
                        return
                    }
                    offset += n
                }
                if let tap, failure == nil {
                    do { try tap(buffer) } catch { failure = error }
                }
            }
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// A raptor iostream writing into this output; free it with `raptor_free_iostream` before using the bytes.
    func iostream(world: RaptorWorld) -> OpaquePointer? {
        raptor_new_iostream_from_handler(world.pointer, Unmanaged.passUnretained(self).toOpaque(), raptorOutputHandler)
    }
}

/// The handler table raptor calls for a ``RaptorOutput``; allocated once, never freed.
nonisolated(unsafe) private let raptorOutputHandler: UnsafeMutablePointer<raptor_iostream_handler> = {
    let handler = UnsafeMutablePointer<raptor_iostream_handler>.allocate(capacity: 1)
    handler.initialize(to: raptor_iostream_handler())
    handler.pointee.version = 2  // raptor 2.0.15 refuses version 1 handlers
    handler.pointee.write_byte = { context, byte in
        guard let context else { return 1 }
        Unmanaged<RaptorOutput>.fromOpaque(context).takeUnretainedValue().write(byte: UInt8(truncatingIfNeeded: byte))
        return 0
    }
    handler.pointee.write_bytes = { context, pointer, size, count in
        guard let context, let pointer else { return 0 }
        Unmanaged<RaptorOutput>.fromOpaque(context).takeUnretainedValue().write(pointer, size * count)
        return Int32(truncatingIfNeeded: count)
    }
    return handler
}()
