/// A quick test that rules out most words before a table of lower-case ASCII names is consulted
/// with `word.lowercased()` (with an optional final "."): an ASCII word whose first letter and length
/// no key has cannot be one. Words that are not ASCII are always admitted (their lower case is
/// left to `lowercased()`).
struct ASCIIKeyFilter: Sendable {
    /// For each first letter a…z, the admitted byte lengths as bits (a key's length, and one more for a final ".").
    private var lengths: [UInt64] = Array(repeating: ~0, count: 26)
    private var enabled = false

    init(_ keys: some Sequence<String>) {
        var table = [UInt64](repeating: 0, count: 26)
        for key in keys {
            // Only lower-case ASCII letter keys shorter than 62 bytes are understood; anything else turns the filter off.
            guard let first = key.utf8.first, key.utf8.count < 62, key.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return }
            table[Int(first - 97)] |= (1 << UInt64(key.utf8.count)) | (1 << UInt64(key.utf8.count + 1))
        }
        lengths = table
        enabled = true
    }

    /// Whether `word` may name a key.
    @inline(__always) func admits(_ word: some StringProtocol) -> Bool {
        guard enabled else { return true }
        let bytes = word.utf8
        guard let first = bytes.first, first < 0x80 else { return true }
        let lower = first | 32
        let count = bytes.count
        if lower >= 97 && lower <= 122 && count < 64 && lengths[Int(lower - 97)] & (1 << UInt64(count)) != 0 { return true }
        // Ruled out, unless a byte beyond ASCII could lower-case to ASCII (K, the Kelvin sign).
        return bytes.contains { $0 >= 0x80 }
    }
}
