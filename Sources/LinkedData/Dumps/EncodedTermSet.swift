import Foundation
import RDFModel

/// A set of byte strings (encoded terms), kept end to end in one buffer with an open-addressing
/// table over them, so that a lookup is one hash and one `memcmp`, and an insert no allocation.
///
/// Memory is bounded: once the bytes kept pass ``byteLimit`` the set empties itself (at the
/// caller's next ``insert(_:)``). Forgetting is safe for its one use, the terms a dump verifier has
/// already had raptor read: a forgotten term is only read again. Without the bound the set would
/// grow with every article (text spans, evidence sentences and graph names are per article:
/// 3.7 MB of distinct terms per 1,000 generated articles), not with the distinct entities.
struct EncodedTermSet {
    /// The default bound, 4 MiB (with the table, about 6 MB at most). Most distinct terms belong
    /// to one article and recur only within it; the terms that recur across articles
    /// (vocabulary, countries, frequent organizations) are few, so starting over every ~1,000
    /// articles costs raptor little. With 32 MiB the peak memory of 10,000 articles grew by 49 MB.
    static let defaultByteLimit = 4 << 20

    /// The bytes kept before the set starts over.
    let byteLimit: Int
    private var bytes: [UInt8] = []
    /// Where each member starts in ``bytes``, and its length and hash.
    private var members: [(start: Int, count: Int, hash: UInt64)] = []
    /// Indices into ``members`` (`-1` empty); the count is a power of two.
    private var slots: [Int32]
    /// The number of members.
    var count: Int { members.count }

    init(byteLimit: Int = EncodedTermSet.defaultByteLimit) {
        self.byteLimit = byteLimit
        slots = [Int32](repeating: -1, count: 1 << 12)
    }

    /// Adds `term` unless it is there. - Returns: whether it was new.
    mutating func insert(_ term: UnsafeRawBufferPointer) -> Bool {
        if bytes.count > byteLimit || members.count >= Int(Int32.max) { removeAll() }
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { break }
            let member = members[Int(index)]
            if member.hash == hash && member.count == term.count {
                let same = bytes.withUnsafeBytes { all in
                    term.count == 0 || memcmp(all.baseAddress! + member.start, term.baseAddress!, term.count) == 0
                }
                if same { return false }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(members.count)
        members.append((bytes.count, term.count, hash))
        bytes.append(contentsOf: term)
        if members.count * 2 > slots.count { grow() }
        return true
    }

    /// Forgets every member (keeping the buffers' capacity).
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, member) in members.enumerated() {
            var slot = Int(truncatingIfNeeded: member.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    /// The set's hash of a term's bytes: the term dictionary's byte hash (RDFModel's `TermKey.hash`).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { TermKey.hash(bytes) }
}
