import Foundation

/// Word ids by word for the lexicon's trie, with ASCII words found through an FNV-1a hash of their
/// bytes in an open-addressing table (`Dictionary<String, _>` hashes with SipHash, which costs more
/// than the rest of a token's lookup). Words beyond ASCII go to the dictionary, so lookups answer
/// exactly as `ids[word]` does (canonical equivalence included: a member whose canonical composition
/// is ASCII is also in the table under those bytes).
struct ASCIIWordTable: Sendable {
    private let ids: [String: Int32]
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Int32]
    private var mask: Int

    init(_ ids: [String: Int32]) {
        self.ids = ids
        var entries: [(String, Int32)] = []
        for (word, id) in ids {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                entries.append((word, id))
            } else {
                let composed = word.precomposedStringWithCanonicalMapping
                if composed.utf8.allSatisfy({ $0 < 0x80 }) { entries.append((composed, id)) }
            }
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        hashes = Array(repeating: 0, count: capacity)
        words = Array(repeating: "", count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (word, id) in entries {
            let h = Self.hash(word)
            var slot = Int(truncatingIfNeeded: h) & mask
            while values[slot] >= 0 {
                if hashes[slot] == h && words[slot] == word { break }
                slot = (slot + 1) & mask
            }
            hashes[slot] = h
            words[slot] = word
            values[slot] = id
        }
    }

    /// FNV-1a of the bytes, with the high bits folded in; 0 is kept free for "not ASCII".
    @inline(__always) private static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (h ^ (h >> 29)) | 1
    }

    /// The id of `word`, or nil.
    @inline(__always) func id(_ word: String) -> Int32? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        guard ascii else { return ids[word] }
        h = (h ^ (h >> 29)) | 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while values[slot] >= 0 {
            if hashes[slot] == h && words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
