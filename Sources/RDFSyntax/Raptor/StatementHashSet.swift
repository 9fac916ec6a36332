/// The set of statement hashes a streaming conversion wrote, for writers that drop duplicate
/// statements (raptor's Turtle and abbreviated RDF/XML writers), checked off one by one as the
/// output is read back: the output is right when every hash read back is in the set and every
/// hash in the set is read back.
///
/// Hashes are appended to 4,096 buckets by their top 12 bits, keeping the next 32 bits: a
/// 44-bit fingerprint in 4 bytes a statement, no hash table (a lost statement goes unnoticed
/// only if its fingerprint equals another's: odds of one in 17 million at a million
/// statements). ``seal()`` sorts each bucket and drops repeats; a hash read back is found by
/// binary search in its bucket and ticked in a bitmap (one bit a statement). The writers hold
/// every statement before they write anything, so the set is complete before the first byte
/// is read back.
final class StatementHashSet: @unchecked Sendable {
    private static let bucketBits = 12
    private var buckets: [[UInt32]]
    private var offsets: [Int] = []
    private var ticks: [UInt64] = []
    private(set) var isSealed = false
    /// Distinct hashes (once sealed).
    private(set) var count = 0
    /// Distinct hashes ticked off so far.
    private(set) var tickedCount = 0

    init() {
        buckets = Array(repeating: [], count: 1 << Self.bucketBits)
    }

    @inline(__always) private static func bucket(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - bucketBits))
    }

    @inline(__always) private static func fingerprint(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> UInt64(32 - bucketBits))
    }

    /// Adds a hash (before ``seal()``).
    @inline(__always) func insert(_ hash: UInt64) {
        buckets[Self.bucket(hash)].append(Self.fingerprint(hash))
    }

    /// Sorts the buckets and drops repeated hashes; afterwards only ``tick(_:)`` changes the set.
    func seal() {
        guard !isSealed else { return }
        isSealed = true
        offsets.reserveCapacity(buckets.count + 1)
        var total = 0
        for index in buckets.indices {
            buckets[index].sort()
            var kept = 0
            buckets[index].withUnsafeMutableBufferPointer { values in
                for value in values where kept == 0 || values[kept - 1] != value {
                    values[kept] = value
                    kept += 1
                }
            }
            buckets[index].removeSubrange(kept...)
            offsets.append(total)
            total += kept
        }
        offsets.append(total)
        count = total
        ticks = [UInt64](repeating: 0, count: (total + 63) / 64)
    }

    /// Ticks a hash read back off. - Returns: whether it is in the set.
    func tick(_ hash: UInt64) -> Bool {
        let b = Self.bucket(hash)
        let hash = Self.fingerprint(hash)
        return buckets[b].withUnsafeBufferPointer { values in
            var low = 0, high = values.count
            while low < high {
                let middle = (low + high) >> 1
                if values[middle] < hash { low = middle + 1 } else { high = middle }
            }
            guard low < values.count, values[low] == hash else { return false }
            let index = offsets[b] + low
            let bit: UInt64 = 1 << UInt64(index & 63)
            if ticks[index >> 6] & bit == 0 {
                ticks[index >> 6] |= bit
                tickedCount += 1
            }
            return true
        }
    }
}
