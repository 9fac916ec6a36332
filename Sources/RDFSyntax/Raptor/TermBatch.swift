import Foundation
internal import CRaptor2
import RDFModel

/// A flat buffer of terms on their way to the graph: each is its key's length (4 bytes) and
/// its ``TermKey`` bytes, three per triple.
final class TermBatch: @unchecked Sendable {
    private(set) var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// The bytes in use.
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { base.deallocate() }

    /// Starts a term whose key takes `keyLength` bytes, making room for it.
    @inline(__always) func begin(keyLength: Int) {
        if count + 4 + keyLength > capacity { grow(count + 4 + keyLength) }
        base.storeBytes(of: UInt32(truncatingIfNeeded: keyLength), toByteOffset: count, as: UInt32.self)
        count += 4
    }

    private func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        bigger.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always) func append(_ byte: UInt8) {
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    @inline(__always) func append(_ value: UInt32) {
        base.storeBytes(of: value.littleEndian, toByteOffset: count, as: UInt32.self)
        count += 4
    }

    @inline(__always) func append(_ bytes: UnsafePointer<UInt8>?, _ length: Int) {
        guard let bytes, length > 0 else { return }
        (base + count).copyMemory(from: bytes, byteCount: length)
        count += length
    }

    @inline(__always) func append(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) {
        append(UnsafePointer(bytes), length)
    }

    /// Appends ASCII bytes in lower case.
    @inline(__always) func appendLowercased(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) {
        for i in 0..<length {
            let b = bytes[i]
            append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
    }
}
