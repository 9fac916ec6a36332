import Foundation
import RDFModel

/// A set of byte strings (N-Triples lines or terms) that numbers its members 0, 1, 2 … in the
/// order inserted: one arena for the bytes and an open-addressing table of 64-bit hashes, so
/// that a lookup hashes the bytes once and allocates nothing.
struct ByteStringTable {
    private var bytes: [UInt8] = []
    /// Where member `i` ends in ``bytes``.
    private var ends: [Int] = []
    /// The open-addressing table: per slot the member's hash (compared before the bytes) and
    /// number + 1 (0: empty), side by side so that a probe touches one cache line.
    private var slots: [Slot]
    private var mask: Int

    private struct Slot {
        var hash: UInt64 = 0
        var entry: Int = 0
    }

    /// The number of members.
    var count: Int { ends.count }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The member's number, inserting it when new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (inserted: Bool, number: Int) {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let probe = slots[slot]
            if probe.entry == 0 { break }
            if probe.hash == hash && equals(probe.entry - 1, key) { return (false, probe.entry - 1) }
            slot = (slot + 1) & mask
        }
        let number = ends.count
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        slots[slot] = Slot(hash: hash, entry: number + 1)
        if ends.count * 2 > slots.count { grow() }
        return (true, number)
    }

    /// The member's number, or `nil` when it is not in the table.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let probe = slots[slot]
            if probe.entry == 0 { return nil }
            if probe.hash == hash && equals(probe.entry - 1, key) { return probe.entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The bytes of member `number`.
    func withMember<R>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = number == 0 ? 0 : ends[number - 1]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[number]])) }
    }

    private func equals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == key.count else { return false }
        guard key.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(), count: size)
        let newMask = size - 1
        for slot in slots where slot.entry != 0 {
            var target = Int(truncatingIfNeeded: slot.hash) & newMask
            while newSlots[target].entry != 0 { target = (target + 1) & newMask }
            newSlots[target] = slot
        }
        slots = newSlots
        mask = newMask
    }

    /// The table's hash of a key: the term dictionary's byte hash (RDFModel's `TermKey.hash`).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { TermKey.hash(UnsafeRawBufferPointer(bytes)) }
}
