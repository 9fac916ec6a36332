/// An order-independent digest of a multiset of 64-bit hashes: their count, their wrapping
/// sum, and the xor of a second mix of each. Two streams of statements that give equal digests
/// hold the same statements (with overwhelming probability) whatever their order, without
/// either being kept in memory; the verifiers of streamed output compare what was written with
/// what was read back this way.
public struct MultisetDigest: Equatable, Sendable {
    /// The number of hashes added.
    public private(set) var count = 0
    private var sum: UInt64 = 0
    private var mixed: UInt64 = 0

    /// An empty digest.
    public init() {}

    /// Adds one element's hash (duplicates count each time).
    public mutating func add(hash: UInt64) {
        count += 1
        sum &+= hash
        var h = hash ^ (hash >> 33)
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        mixed ^= h
    }
}
