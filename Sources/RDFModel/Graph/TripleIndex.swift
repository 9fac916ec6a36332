import Dispatch
import Foundation

/// Which position of a triple comes first, second and third in a sorted index.
enum IndexOrder: Sendable {
    /// subject, predicate, object: answers (s,?,?), (s,p,?) and full scans.
    case spo
    /// predicate, object, subject: answers (?,p,?), (?,p,o) and instances of a class.
    case pos
    /// object, subject, predicate: answers (?,?,o) and (s,?,o).
    case osp

    /// The triple's identifiers in this index's order.
    @inline(__always) func key(_ t: IDTriple) -> IDTriple {
        switch self {
        case .spo: t
        case .pos: IDTriple(t.predicate, t.object, t.subject)
        case .osp: IDTriple(t.object, t.subject, t.predicate)
        }
    }

    /// The triple behind a key in this index's order.
    @inline(__always) func triple(_ k: IDTriple) -> IDTriple {
        switch self {
        case .spo: k
        case .pos: IDTriple(k.object, k.subject, k.predicate)
        case .osp: IDTriple(k.predicate, k.object, k.subject)
        }
    }
}

/// The three sorted permutations of a graph's triples.
///
/// Each is an array of keys sorted lexicographically, searched by binary search, so a
/// pattern with its leading positions bound is answered as one contiguous slice.
struct TripleIndexes: Sendable {
    let spo: [IDTriple]
    let pos: [IDTriple]
    let osp: [IDTriple]

    /// Sorts the triples three ways, in parallel (one permutation per worker).
    init(_ triples: [IDTriple]) {
        var largest: TermID = 0
        for t in triples { largest = max(largest, t.subject, t.predicate, t.object) }
        let bound = Int(largest)
        let box = SortedKeys()
        let orders: [IndexOrder] = [.spo, .pos, .osp]
        if triples.count < 4096 {
            for order in orders { box.set(order, TripleIndexes.sortedKeys(triples, order, bound: bound)) }
        } else {
            DispatchQueue.concurrentPerform(iterations: orders.count) { index in
                box.set(orders[index], TripleIndexes.sortedKeys(triples, orders[index], bound: bound))
            }
        }
        spo = box.get(.spo)
        pos = box.get(.pos)
        osp = box.get(.osp)
    }

    /// The keys of `order`, sorted: by comparisons when few, else by three stable counting-sort
    /// passes (least significant position first), O(n + number of terms) each.
    static func sortedKeys(_ triples: [IDTriple], _ order: IndexOrder, bound: Int) -> [IDTriple] {
        var keys = triples.map(order.key)
        if keys.count < 4096 {
            keys.sort(by: precedes)
            return keys
        }
        var other = keys
        var counts = [Int](repeating: 0, count: bound + 2)
        for position in [2, 1, 0] {
            @inline(__always) func digit(_ k: IDTriple) -> Int {
                Int(position == 0 ? k.subject : position == 1 ? k.predicate : k.object)
            }
            keys.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for i in counts.indices { counts[i] = 0 }
                        for k in source { counts[digit(k) + 1] += 1 }
                        for i in 1..<counts.count { counts[i] += counts[i - 1] }
                        for k in source {
                            let d = digit(k)
                            target[counts[d]] = k
                            counts[d] += 1
                        }
                    }
                }
            }
            swap(&keys, &other)
        }
        return keys
    }

    @inline(__always) static func precedes(_ a: IDTriple, _ b: IDTriple) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.predicate != b.predicate { return a.predicate < b.predicate }
        return a.object < b.object
    }

    /// The keys of `order`'s index whose first (and second, if given) positions match.
    func slice(_ order: IndexOrder, _ first: TermID, _ second: TermID?) -> ArraySlice<IDTriple> {
        let keys: [IDTriple] =
            switch order {
            case .spo: spo
            case .pos: pos
            case .osp: osp
            }
        let low = IDTriple(first, second ?? 0, 0)
        let high: IDTriple =
            if let second {
                second == .max ? IDTriple(first &+ 1, 0, 0) : IDTriple(first, second + 1, 0)
            } else {
                IDTriple(first &+ 1, 0, 0)
            }
        let start = lowerBound(keys, low)
        let end = (first == .max && (second == nil || second == .max)) ? keys.endIndex : lowerBound(keys, high)
        return keys[start..<max(start, end)]
    }

    private func lowerBound(_ keys: [IDTriple], _ key: IDTriple) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if TripleIndexes.precedes(keys[mid], key) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// The triples of a graph that match a pattern, as identifiers, without copying.
public struct TripleMatches: RandomAccessCollection, Sendable {
    let keys: ArraySlice<IDTriple>
    let order: IndexOrder

    public var startIndex: Int { keys.startIndex }
    public var endIndex: Int { keys.endIndex }
    public subscript(position: Int) -> IDTriple { order.triple(keys[position]) }

    static let empty = TripleMatches(keys: [], order: .spo)
}

/// The three permutations, filled by concurrent workers.
private final class SortedKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [IndexOrder: [IDTriple]] = [:]

    func set(_ order: IndexOrder, _ sorted: [IDTriple]) { lock.withLock { keys[order] = sorted } }

    func get(_ order: IndexOrder) -> [IDTriple] { lock.withLock { keys[order] ?? [] } }
}
