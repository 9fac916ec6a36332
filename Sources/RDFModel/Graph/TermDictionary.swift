import Foundation

/// A dense integer identifier of a term inside one ``Graph``'s dictionary.
///
/// Identifiers are meaningful only for the graph that issued them.
public typealias TermID = UInt32

/// A triple of term identifiers.
public struct IDTriple: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID

    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// Maps terms to dense integer identifiers and back (dictionary encoding).
///
/// Each distinct term is stored once; triples refer to terms by ``TermID``. Terms are filed
/// under their ``TermKey`` bytes in an open-addressing table (linear probing, at most half
/// full) whose slots hold 32 bits of the key's hash and the identifier, and whose keys live
/// back to back in one byte arena: a lookup hashes the bytes once, and compares bytes only when
/// the 32 hash bits agree. A parser interns straight from its buffers, and a Swift ``Term`` is
/// made once per distinct term.
struct TermDictionary: Sendable {
    private(set) var terms: [Term] = []
    /// The keys of the terms, back to back; term `i`'s is `arena[keyEnds[i-1]..<keyEnds[i]]`.
    private var arena: [UInt8] = []
    private var keyEnds: [Int] = []
    /// `0` for an empty slot, else the low 32 bits of the key's hash above `id + 1`.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    var count: Int { terms.count }

    /// The identifier of `term`, if the dictionary has it.
    func id(of term: Term) -> TermID? {
        TermKey.withKey(of: term) { key in find(key, hash: TermKey.hash(key)).id }
    }

    /// The identifier of a term given by its key, if the dictionary has it.
    func id(ofKey key: UnsafeRawBufferPointer) -> TermID? { find(key, hash: TermKey.hash(key)).id }

    /// The term behind an identifier the dictionary issued.
    @inline(__always) func term(_ id: TermID) -> Term { terms[Int(id)] }

    /// The identifier of `term`, adding it when new.
    mutating func intern(_ term: Term) -> TermID {
        TermKey.withKey(of: term) { key in
            let hash = TermKey.hash(key)
            let found = find(key, hash: hash)
            if let id = found.id { return id }
            return add(key, hash: hash, slot: found.slot, term: term)
        }
    }

    /// The identifier of the term a key encodes, adding it when new (its ``Term`` is made then).
    /// - Precondition: the key follows ``TermKey``'s layout, with UTF-8 text.
    @inline(__always) mutating func intern(key: UnsafeRawBufferPointer) -> TermID {
        let hash = TermKey.hash(key)
        let found = find(key, hash: hash)
        if let id = found.id { return id }
        return add(key, hash: hash, slot: found.slot, term: TermKey.term(key))
    }

    /// Makes room for `count` terms and `bytes` bytes of keys in all without growing again.
    mutating func reserveCapacity(terms count: Int, keyBytes bytes: Int) {
        terms.reserveCapacity(count)
        keyEnds.reserveCapacity(count)
        arena.reserveCapacity(bytes)
        var capacity = slots.count
        while capacity < 2 * count { capacity *= 2 }
        if capacity > slots.count { rehash(capacity) }
    }

    /// The slot holding the key's identifier, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (id: TermID?, slot: Int) {
        let tag = hash & 0xFFFF_FFFF
        return slots.withUnsafeBufferPointer { slots -> (id: TermID?, slot: Int) in
            arena.withUnsafeBytes { arena -> (id: TermID?, slot: Int) in
                keyEnds.withUnsafeBufferPointer { ends -> (id: TermID?, slot: Int) in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: tag) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot) }
                        if entry >> 32 == tag {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            let start = id == 0 ? 0 : ends[id - 1]
                            let end = ends[id]
                            if end - start == key.count
                                && (key.count == 0 || memcmp(arena.baseAddress! + start, key.baseAddress!, key.count) == 0)
                            {
                                return (TermID(id), slot)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func add(_ key: UnsafeRawBufferPointer, hash: UInt64, slot: Int, term: Term) -> TermID {
        precondition(terms.count < Int(UInt32.max) - 1, "a graph holds at most 2^32 - 2 distinct terms")
        let id = TermID(terms.count)
        terms.append(term)
        arena.append(contentsOf: key)
        keyEnds.append(arena.count)
        slots[slot] = (hash & 0xFFFF_FFFF) << 32 | UInt64(id + 1)
        if 2 * terms.count > slots.count { rehash(slots.count * 2) }
        return id
    }

    private mutating func rehash(_ capacity: Int) {
        var fresh = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        fresh.withUnsafeMutableBufferPointer { fresh in
            for entry in slots where entry != 0 {
                var slot = Int(truncatingIfNeeded: entry >> 32) & mask
                while fresh[slot] != 0 { slot = (slot + 1) & mask }
                fresh[slot] = entry
            }
        }
        slots = fresh
    }

    func _checkInvariants() {
        assert(keyEnds.count == terms.count, "dictionary keys and terms disagree")
        assert(slots.lazy.filter { $0 != 0 }.count == terms.count, "dictionary table and terms disagree")
        for (index, term) in terms.enumerated() { assert(id(of: term) == TermID(index), "term \(term) has a wrong id") }
    }
}
