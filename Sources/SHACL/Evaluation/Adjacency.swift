import Dispatch
import RDFModel

/// A compressed adjacency index of a graph's triples, keyed by one position: for each term
/// identifier, the (predicate, other end) pairs of its triples, sorted, packed as
/// `predicate << 32 | other`.
///
/// Identifiers are dense, so finding a node's triples is one array read, with no hashing, no
/// binary search over the whole graph and no lock: the validator's hot loops (path steps,
/// `rdf:type` checks) stay inside a few cache lines per node.
///
/// - Complexity: built in O(n) plus sorting each node's own triples; O(1) to find a node,
///   O(log d) to find a predicate among its d triples.
struct Adjacency: Sendable {
    /// `offsets[id]..<offsets[id + 1]` is the range of `id`'s pairs in `pairs`.
    private let offsets: [UInt32]
    private let pairs: [UInt64]

    /// Indexes the graph by subject (`bySubject`: pairs are predicate and object) or by object
    /// (pairs are predicate and subject).
    init(_ graph: Graph, termCount: Int, bySubject: Bool) {
        var counts = [UInt32](repeating: 0, count: termCount + 1)
        counts.withUnsafeMutableBufferPointer { counts in
            graph.forEachIDTriple { triple in counts[Int(bySubject ? triple.subject : triple.object)] += 1 }
        }
        var offsets = [UInt32](repeating: 0, count: termCount + 1)
        var running: UInt32 = 0
        for id in 0..<termCount {
            offsets[id] = running
            running += counts[id]
        }
        offsets[termCount] = running
        var fill = offsets
        var pairs = [UInt64](repeating: 0, count: Int(running))
        pairs.withUnsafeMutableBufferPointer { buffer in
            fill.withUnsafeMutableBufferPointer { fill in
                graph.forEachIDTriple { triple in
                    let key = Int(bySubject ? triple.subject : triple.object)
                    let other = bySubject ? triple.object : triple.subject
                    buffer[Int(fill[key])] = UInt64(triple.predicate) << 32 | UInt64(other)
                    fill[key] += 1
                }
            }
            // Sort each node's run (storage order is arbitrary).
            for id in 0..<termCount where offsets[id + 1] - offsets[id] > 1 {
                var slice = UnsafeMutableBufferPointer(rebasing: buffer[Int(offsets[id])..<Int(offsets[id + 1])])
                slice.sort()
            }
        }
        self.offsets = offsets
        self.pairs = pairs
    }

    /// The nodes that have at least one triple with `predicate` on this side, in identifier order.
    func nodes(with predicate: TermID) -> [TermID] {
        var out: [TermID] = []
        for id in 0..<max(0, offsets.count - 1) where !neighbours(TermID(id), predicate).isEmpty { out.append(TermID(id)) }
        return out
    }

    /// The other ends of `node`'s triples with `predicate`.
    @inline(__always) func neighbours(_ node: TermID, _ predicate: TermID) -> NodeRun {
        guard Int(node) + 1 < offsets.count else { return NodeRun(pairs: pairs[0..<0]) }
        var low = Int(offsets[Int(node)])
        var high = Int(offsets[Int(node) + 1])
        let lowKey = UInt64(predicate) << 32
        let highKey = lowKey | 0xFFFF_FFFF
        // Lower bound of the predicate, then upper bound.
        var start = low
        var end = high
        while start < end {
            let mid = (start + end) >> 1
            if pairs[mid] < lowKey { start = mid + 1 } else { end = mid }
        }
        low = start
        end = high
        while start < end {
            let mid = (start + end) >> 1
            if pairs[mid] <= highKey { start = mid + 1 } else { end = mid }
        }
        high = start
        return NodeRun(pairs: pairs[low..<high])
    }

    /// All of `node`'s pairs (predicate, other end).
    @inline(__always) func all(_ node: TermID) -> ArraySlice<UInt64> {
        guard Int(node) + 1 < offsets.count else { return pairs[0..<0] }
        return pairs[Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])]
    }

    /// The number of `node`'s triples.
    @inline(__always) func degree(_ node: TermID) -> Int {
        guard Int(node) + 1 < offsets.count else { return 0 }
        return Int(offsets[Int(node) + 1] - offsets[Int(node)])
    }
}

/// The other ends of one node's triples with one predicate, as term identifiers.
struct NodeRun: RandomAccessCollection, Sendable {
    let pairs: ArraySlice<UInt64>
    var startIndex: Int { pairs.startIndex }
    var endIndex: Int { pairs.endIndex }
    @inline(__always) subscript(position: Int) -> TermID { TermID(truncatingIfNeeded: pairs[position]) }
}
