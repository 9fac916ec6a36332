import Foundation
internal import CRaptor2
import RDFModel

/// The building side: interns a batch's keys into the graph and inserts its triples.
final class GraphAssembler: @unchecked Sendable {
    var graph = Graph()

    /// - Parameter expectedBytes: the input's size, if known, to size the graph's tables once
    ///   (an underestimate: the tables still grow when needed, and are not oversized for
    ///   verbose syntaxes).
    init(expectedBytes: Int? = nil, format: RDFFormat = .turtle) {
        if let expectedBytes, expectedBytes > 1 << 20 {
            // Communique-like Turtle runs ~45 bytes a triple, N-Triples ~145, and a distinct term
            // comes every ~3 triples.
            let perTriple = format == .turtle || format == .trig ? 64 : 192
            let triples = expectedBytes / perTriple
            graph.reserveCapacity(triples: triples, terms: triples / 4, keyBytes: triples * 12)
        }
    }

    func take() -> Graph {
        let result = graph
        graph = Graph()
        return result
    }

    func consume(_ batch: TermBatch) {
        // Work on local values: a class's stored properties are checked for exclusive access at
        // every use, which was a tenth of this loop.
        var graph = Graph()
        swap(&graph, &self.graph)
        var pending = self.pending
        self.pending = []
        defer {
            swap(&graph, &self.graph)
            pending.removeAll(keepingCapacity: true)
            self.pending = pending
        }
        let base = UnsafeRawPointer(batch.base)
        let end = batch.count
        var at = 0
        var lastSubject: UnsafeRawBufferPointer?
        var lastSubjectID: TermID = 0
        @inline(__always) func next() -> UnsafeRawBufferPointer {
            let length = Int(base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            let key = UnsafeRawBufferPointer(start: base + at + 4, count: length)
            at += 4 + length
            return key
        }
        while at < end {
            let subjectKey = next()
            let s: TermID
            if let last = lastSubject, last.count == subjectKey.count,
                memcmp(last.baseAddress!, subjectKey.baseAddress!, last.count) == 0
            {
                s = lastSubjectID
            } else {
                s = graph.intern(key: subjectKey)
                lastSubject = subjectKey
                lastSubjectID = s
            }
            let p = graph.intern(key: next())
            let o = graph.intern(key: next())
            pending.append(IDTriple(s, p, o))
            if pending.count >= 4096 {
                pending.withUnsafeBufferPointer { _ = graph.insert(contentsOf: $0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.withUnsafeBufferPointer { _ = graph.insert(contentsOf: $0) }
    }

    /// The identifier triples of a batch, inserted a few thousand at a time (kept for reuse).
    private var pending: [IDTriple] = {
        var buffer: [IDTriple] = []
        buffer.reserveCapacity(4096)
        return buffer
    }()
}
