/// The edges of the gazetteer's word trie by (node, word id), in an open-addressing table with a
/// multiplicative hash: following an edge costs a multiply and a compare or two instead of hashing
/// the word again for every node (``Lexicon/scan(_:keys:range:)`` looks up one word id per token).
struct TrieEdges: Sendable {
    /// `(node << 32 | id) + 1` per slot; 0 marks an empty slot.
    private var slots: [UInt64]
    private var targets: [Int32]
    private var mask: Int

    /// - Parameter edges: (node, word id, child node); ids are ≥ 0.
    init(_ edges: [(node: Int, id: Int32, child: Int32)]) {
        var capacity = 16
        while capacity < edges.count * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        targets = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for edge in edges {
            let key = Self.key(edge.node, edge.id)
            var slot = Self.slot(key, mask)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & mask }
            slots[slot] = key
            targets[slot] = edge.child
        }
    }

    @inline(__always) private static func key(_ node: Int, _ id: Int32) -> UInt64 {
        (UInt64(truncatingIfNeeded: node) << 32 | UInt64(UInt32(bitPattern: id))) &+ 1
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along the word with id `id`.
    @inline(__always) func child(_ node: Int, _ id: Int32) -> Int? {
        let key = Self.key(node, id)
        var slot = Self.slot(key, mask)
        while true {
            let k = slots[slot]
            if k == key { return Int(targets[slot]) }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
