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

    init<C: Collection>(_ triples: C) where C.Element == IDTriple {
        func sorted(_ order: IndexOrder) -> [IDTriple] {
            var keys = triples.map(order.key)
            keys.sort(by: TripleIndexes.precedes)
            return keys
        }
        spo = sorted(.spo)
        pos = sorted(.pos)
        osp = sorted(.osp)
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
