import Foundation

/// The set of statement hashes a streaming conversion wrote, for writers that drop duplicate
/// statements (raptor's Turtle and abbreviated RDF/XML writers), checked off one by one as the
/// output is read back: the output is right when every hash read back is in the set and every
/// hash in the set is read back.
///
/// Hashes are appended to 4,096 buckets by their top 12 bits, keeping the next 32 bits: a
/// 44-bit fingerprint in 4 bytes a statement, no hash table (a lost statement goes unnoticed
/// only if its fingerprint equals another's: odds of one in 17 million at a million
/// statements). ``seal()`` sorts each bucket, drops repeats and trims it; a hash read back is
/// found by binary search in its bucket and ticked in a bitmap (one bit a statement). The
/// writers hold every statement before they write anything, so the set is complete before the
/// first byte is read back. Plain C memory: no copy-on-write checks on the hot paths.
final class StatementHashSet: @unchecked Sendable {
    private static let bucketBits = 12
    private static let bucketCount = 1 << bucketBits
    private let buckets: UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>
    private let counts: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>
    /// Where each bucket starts in the bitmap (once sealed).
    private let offsets: UnsafeMutablePointer<Int>
    private var ticks: UnsafeMutablePointer<UInt64>?
    private(set) var isSealed = false
    /// Distinct hashes (once sealed).
    private(set) var count = 0
    /// Distinct hashes ticked off so far.
    private(set) var tickedCount = 0
    /// Memory ran out: the set is incomplete and cannot vouch for anything.
    private(set) var outOfMemory = false

    init() {
        buckets = .allocate(capacity: Self.bucketCount)
        buckets.initialize(repeating: nil, count: Self.bucketCount)
        counts = .allocate(capacity: Self.bucketCount)
        counts.initialize(repeating: 0, count: Self.bucketCount)
        capacities = .allocate(capacity: Self.bucketCount)
        capacities.initialize(repeating: 0, count: Self.bucketCount)
        offsets = .allocate(capacity: Self.bucketCount + 1)
        offsets.initialize(repeating: 0, count: Self.bucketCount + 1)
    }

    deinit {
        for index in 0..<Self.bucketCount { free(buckets[index]) }
        buckets.deallocate()
        counts.deallocate()
        capacities.deallocate()
        offsets.deallocate()
        free(ticks)
    }

    @inline(__always) private static func bucket(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - bucketBits))
    }

    @inline(__always) private static func fingerprint(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> UInt64(32 - bucketBits))
    }

    /// Adds a hash (before ``seal()``).
    @inline(__always) func insert(_ hash: UInt64) {
        let b = Self.bucket(hash)
        let n = counts[b]
        if n == capacities[b] {
            guard grow(b) else { return }
        }
        buckets[b]![n] = Self.fingerprint(hash)
        counts[b] = n + 1
    }

    private func grow(_ b: Int) -> Bool {
        let capacity = max(16, capacities[b] + capacities[b] / 2)
        guard let grown = realloc(buckets[b], capacity * MemoryLayout<UInt32>.stride) else {
            outOfMemory = true
            return false
        }
        buckets[b] = grown.assumingMemoryBound(to: UInt32.self)
        capacities[b] = capacity
        return true
    }

    /// Sorts the buckets and drops repeated hashes; afterwards only ``tick(_:)`` changes the set.
    func seal() {
        guard !isSealed else { return }
        isSealed = true
        var total = 0
        for b in 0..<Self.bucketCount {
            offsets[b] = total
            guard let values = buckets[b] else { continue }
            var bucket = UnsafeMutableBufferPointer(start: values, count: counts[b])
            bucket.sort()
            var kept = 0
            for value in bucket where kept == 0 || bucket[kept - 1] != value {
                bucket[kept] = value
                kept += 1
            }
            counts[b] = kept
            if let trimmed = realloc(values, max(1, kept) * MemoryLayout<UInt32>.stride) {
                buckets[b] = trimmed.assumingMemoryBound(to: UInt32.self)
                capacities[b] = max(1, kept)
            }
            total += kept
        }
        offsets[Self.bucketCount] = total
        count = total
        ticks = calloc((total + 63) / 64 + 1, MemoryLayout<UInt64>.stride)?.assumingMemoryBound(to: UInt64.self)
        if ticks == nil { outOfMemory = true }
    }

    /// Ticks a hash read back off (once sealed). - Returns: whether it is in the set.
    func tick(_ hash: UInt64) -> Bool {
        let b = Self.bucket(hash)
        let key = Self.fingerprint(hash)
        guard let values = buckets[b], let ticks else { return false }
        var low = 0, high = counts[b]
        while low < high {
            let middle = (low + high) >> 1
            if values[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < counts[b], values[low] == key else { return false }
        let index = offsets[b] + low
        let bit: UInt64 = 1 << UInt64(index & 63)
        if ticks[index >> 6] & bit == 0 {
            ticks[index >> 6] |= bit
            tickedCount += 1
        }
        return true
    }
}
