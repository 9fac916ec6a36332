/// A set of identifier triples: an open-addressing hash table (linear probing, at most half
/// full) whose slots hold the triples themselves, so a lookup is one multiplicative hash and,
/// mostly, one cache line.
///
/// A slot whose subject is `TermID.max` is empty; a dictionary never issues that identifier.
struct TripleSet: Sendable {
    private var slots: [IDTriple] = Array(repeating: TripleSet.empty, count: 16)
    private(set) var count = 0

    private static let empty = IDTriple(.max, .max, .max)

    var isEmpty: Bool { count == 0 }

    @inline(__always) private static func hash(_ t: IDTriple) -> Int {
        var h = (UInt64(t.subject) << 32 | UInt64(t.predicate)) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(t.object) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    /// The slot holding `t`, or the empty slot where it would go.
    @inline(__always) private func find(_ t: IDTriple) -> (found: Bool, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.hash(t) & mask
            while true {
                let s = slots[slot]
                if s.subject == .max { return (false, slot) }
                if s == t { return (true, slot) }
                slot = (slot + 1) & mask
            }
        }
    }

    func contains(_ t: IDTriple) -> Bool { t.subject != .max && find(t).found }

    /// Adds a triple. - Returns: `true` when it was new.
    /// - Precondition: the subject is not `TermID.max`.
    @inline(__always) mutating func insert(_ t: IDTriple) -> Bool {
        precondition(t.subject != .max, "TermID.max is not a term identifier")
        let (found, slot) = find(t)
        if found { return false }
        slots[slot] = t
        count += 1
        if 2 * count > slots.count { rehash(slots.count * 2) }
        return true
    }

    /// Adds many triples. - Returns: how many were new.
    ///
    /// The table is grown once up front, and the slot of the triple a few places ahead is read
    /// early, so that its cache miss overlaps the insertions before it (a large graph's table
    /// is far bigger than the caches, and a lone insertion mostly waits for memory).
    /// - Precondition: no subject is `TermID.max`.
    mutating func insert(contentsOf batch: UnsafeBufferPointer<IDTriple>) -> Int {
        reserveCapacity(count + batch.count)
        let lookahead = 8
        var added = 0
        var sink: UInt32 = 0
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            for i in batch.indices {
                if i + lookahead < batch.count { sink &+= slots[Self.hash(batch[i + lookahead]) & mask].object }
                let t = batch[i]
                precondition(t.subject != .max, "TermID.max is not a term identifier")
                var slot = Self.hash(t) & mask
                while true {
                    let s = slots[slot]
                    if s.subject == .max {
                        slots[slot] = t
                        added += 1
                        break
                    }
                    if s == t { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        count += added
        probeSink = sink
        return added
    }

    /// Keeps the look-ahead reads of ``insert(contentsOf:)`` from being optimized away.
    private var probeSink: UInt32 = 0

    /// Removes a triple. - Returns: `true` when it was there.
    mutating func remove(_ t: IDTriple) -> Bool {
        guard t.subject != .max else { return false }
        let (found, slot) = find(t)
        guard found else { return false }
        // Backward-shift deletion: move later members of the probe run into the hole when
        // their home slot does not lie cyclically in (hole, current].
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var hole = slot
            var next = (slot + 1) & mask
            while slots[next].subject != .max {
                let home = Self.hash(slots[next]) & mask
                let distanceToHome = (next - home) & mask
                let distanceToHole = (next - hole) & mask
                if distanceToHome >= distanceToHole {
                    slots[hole] = slots[next]
                    hole = next
                }
                next = (next + 1) & mask
            }
            slots[hole] = Self.empty
        }
        count -= 1
        return true
    }

    /// Makes room for `capacity` triples without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < 2 * capacity { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    private mutating func rehash(_ size: Int) {
        var fresh = [IDTriple](repeating: Self.empty, count: size)
        let mask = size - 1
        fresh.withUnsafeMutableBufferPointer { fresh in
            slots.withUnsafeBufferPointer { old in
                for t in old where t.subject != .max {
                    var slot = Self.hash(t) & mask
                    while fresh[slot].subject != .max { slot = (slot + 1) & mask }
                    fresh[slot] = t
                }
            }
        }
        slots = fresh
    }

    /// Visits every triple, in table order.
    @inline(__always) func forEach(_ body: (IDTriple) throws -> Void) rethrows {
        try slots.withUnsafeBufferPointer { slots in
            for t in slots where t.subject != .max { try body(t) }
        }
    }

    /// The triples, in table order.
    var elements: [IDTriple] {
        var out: [IDTriple] = []
        out.reserveCapacity(count)
        forEach { out.append($0) }
        return out
    }
}
