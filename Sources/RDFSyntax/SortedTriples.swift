import Foundation
import RDFModel

/// A graph's triples as identifiers, sorted by term (subject, predicate, object), computed by
/// ranking the dictionary's terms once and then sorting integers.
struct SortedTriples {
    let graph: Graph
    /// The triples, in term order.
    let triples: [IDTriple]
    /// Each term's position in term order, by identifier.
    let rank: [UInt32]
    /// The triples as ranks, sorted (same order as ``triples``): found by binary search.
    let keys: [IDTriple]
    /// Whether any term is a blank node.
    let hasBlankNodes: Bool

    init(_ graph: Graph) {
        self.graph = graph
        let terms = (0..<graph.termCount).map { graph.term(TermID($0)) }
        hasBlankNodes = terms.contains { $0.isBlankNode }
        var order = Array(0..<UInt32(terms.count))
        order.sort { SortedTriples.precedes(terms[Int($0)], terms[Int($1)]) }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[Int(id)] = UInt32(position) }
        var keyed: [(IDTriple, IDTriple)] = []
        keyed.reserveCapacity(graph.count)
        graph.forEachIDTriple { keyed.append(($0, IDTriple(rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)]))) }
        keyed.sort { a, b in SortedTriples.less(a.1, b.1) }
        triples = keyed.map(\.0)
        keys = keyed.map(\.1)
        self.rank = rank
    }

    @inline(__always) static func less(_ a: IDTriple, _ b: IDTriple) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.predicate != b.predicate { return a.predicate < b.predicate }
        return a.object < b.object
    }

    /// The position of a triple (given by its terms' identifiers), or `nil` when the graph does not hold it.
    func position(of ids: IDTriple) -> Int? {
        let key = IDTriple(rank[Int(ids.subject)], rank[Int(ids.predicate)], rank[Int(ids.object)])
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if SortedTriples.less(keys[mid], key) { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// The order of `Term.<` (kind, then UTF-8 bytes), comparing bytes with `memcmp`.
    @inline(__always) static func precedes(_ a: Term, _ b: Term) -> Bool {
        switch (a, b) {
        case (.iri(let x), .iri(let y)): return compare(x.string, y.string) < 0
        case (.blankNode(let x), .blankNode(let y)): return compare(x.id, y.id) < 0
        case (.literal(let x), .literal(let y)):
            let lexical = compare(x.lexicalForm, y.lexicalForm)
            if lexical != 0 { return lexical < 0 }
            let datatype = compare(x.datatype.string, y.datatype.string)
            if datatype != 0 { return datatype < 0 }
            return compare(x.language ?? "", y.language ?? "") < 0
        case (.iri, _): return true
        case (.blankNode, .literal): return true
        default: return false
        }
    }

    /// Byte-wise comparison of two strings' UTF-8: negative, zero or positive.
    @inline(__always) static func compare(_ a: String, _ b: String) -> Int {
        let result = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Int in
                let common = min(x.count, y.count)
                if common > 0, let xb = x.baseAddress, let yb = y.baseAddress {
                    let c = memcmp(xb, yb, common)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
        if let value = result ?? nil { return value }
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }
}
