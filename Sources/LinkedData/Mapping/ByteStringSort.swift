import Foundation

/// Sorts byte strings (an article's terms in N-Triples form) in memcmp order, a prefix first,
/// by eight bytes at a time: most terms share a long prefix (`<https://…/article/ID/text#char=`),
/// which comparing whole strings would read again for every comparison.
///
/// Most significant digit first: the strings of a group share their first `offset` bytes; the
/// group's common prefix beyond that is skipped, the group sorted by the next eight bytes
/// (big-endian, zero-padded, as an integer), and each run of equal keys sorted the same way from
/// eight bytes further on. Zero-padding orders a prefix first, since no N-Triples term holds a
/// NUL byte (it is escaped), so equal keys of strings that end within them mean equal strings.
enum ByteStringSort {
    /// Sorts `order`, indices of the strings `i` at `bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]`.
    static func sort(_ order: UnsafeMutableBufferPointer<Int32>, bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) {
        guard order.count > 1, let base = bytes.baseAddress else { return }
        var keys = [UInt64](repeating: 0, count: order.count)
        keys.withUnsafeMutableBufferPointer { keys in
            var sorter = Sorter(order: order, keys: keys, base: base, ends: ends)
            sorter.sortAll()
        }
    }

    private struct Sorter {
        let order: UnsafeMutableBufferPointer<Int32>
        let keys: UnsafeMutableBufferPointer<UInt64>
        let base: UnsafePointer<UInt8>
        let ends: UnsafeBufferPointer<Int>

        @inline(__always) func start(_ i: Int32) -> Int { i == 0 ? 0 : ends[Int(i) - 1] }
        @inline(__always) func length(_ i: Int32) -> Int { ends[Int(i)] - start(i) }

        /// Eight bytes of string `i` from `offset`, big-endian, zero-padded.
        @inline(__always) func key(_ i: Int32, _ offset: Int) -> UInt64 {
            let s = start(i)
            let n = ends[Int(i)] - s - offset
            if n >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base + s + offset).loadUnaligned(as: UInt64.self)) }
            var key: UInt64 = 0
            var k = 0
            while k < n {
                key |= UInt64(base[s + offset + k]) << (56 - 8 * UInt64(k))
                k += 1
            }
            return key
        }

        /// memcmp order of strings `a` and `b` from `offset` (both at least that long).
        @inline(__always) func less(_ a: Int32, _ b: Int32, _ offset: Int) -> Bool {
            let la = length(a) - offset
            let lb = length(b) - offset
            let c = memcmp(base + start(a) + offset, base + start(b) + offset, min(la, lb))
            return c != 0 ? c < 0 : la < lb
        }

        /// Groups still to sort: `order[lo..<hi]`, whose strings share their first `offset` bytes.
        /// (A stack, not recursion: chains of prefixes could nest as deep as there are strings.)
        var pending: [(lo: Int, hi: Int, offset: Int)] = []

        mutating func sortAll() {
            pending.append((0, order.count, 0))
            while let group = pending.popLast() { sort(group.lo, group.hi, offset: group.offset) }
        }

        /// Sorts `order[lo..<hi]`, whose strings share their first `offset` bytes, by the next
        /// key; leaves runs of equal keys in ``pending``.
        private mutating func sort(_ lo: Int, _ hi: Int, offset: Int) {
            let n = hi - lo
            guard n > 1 else { return }
            if n <= 12 {
                for i in (lo + 1)..<hi {
                    let item = order[i]
                    var j = i
                    while j > lo && less(item, order[j - 1], offset) {
                        order[j] = order[j - 1]
                        j -= 1
                    }
                    order[j] = item
                }
                return
            }
            // Skip what the whole group shares.
            let first = order[lo]
            var common = length(first) - offset
            let firstBytes = base + start(first) + offset
            for i in (lo + 1)..<hi where common > 0 {
                let other = order[i]
                let limit = min(common, length(other) - offset)
                let otherBytes = base + start(other) + offset
                var k = 0
                while k + 8 <= limit
                    && UnsafeRawPointer(firstBytes + k).loadUnaligned(as: UInt64.self)
                        == UnsafeRawPointer(otherBytes + k).loadUnaligned(as: UInt64.self)
                {
                    k += 8
                }
                while k < limit && firstBytes[k] == otherBytes[k] { k += 1 }
                common = k
            }
            let at = offset + common
            var pairs = (lo..<hi).map { (key: key(order[$0], at), index: order[$0]) }
            pairs.sort { $0.key < $1.key }
            for (k, pair) in pairs.enumerated() {
                keys[lo + k] = pair.key
                order[lo + k] = pair.index
            }
            // Runs of equal keys: equal strings when they end within the key, else sorted further on.
            var i = lo
            while i < hi {
                var j = i + 1
                while j < hi && keys[j] == keys[i] { j += 1 }
                if j - i > 1 && length(order[i]) > at + 8 { pending.append((i, j, at + 8)) }
                i = j
            }
        }
    }
}
