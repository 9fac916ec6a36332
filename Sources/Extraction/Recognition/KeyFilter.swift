/// A quick, exact pre-test for membership in a set of word keys: a key can only be in the set when
/// some member has the same first byte and the same length (lengths of 63 bytes and more share one
/// bucket). Most words of running text fail it, and then skip hashing the string.
struct KeyFilter: Sendable {
    /// For each first byte, the lengths of the members starting with it, as bits.
    private var lengths: [UInt64] = Array(repeating: 0, count: 256)
    /// Whether the empty string is a member.
    private var hasEmpty = false

    init(_ keys: some Sequence<String>) {
        for key in keys {
            guard let first = key.utf8.first else { hasEmpty = true; continue }
            lengths[Int(first)] |= 1 << UInt64(Swift.min(key.utf8.count, 63))
        }
    }

    /// False when `key` is certainly not a member; true when it may be.
    @inline(__always) func admits(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return hasEmpty }
        return lengths[Int(first)] & (1 << UInt64(Swift.min(key.utf8.count, 63))) != 0
    }
}
