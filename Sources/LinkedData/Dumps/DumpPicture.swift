import Foundation
import RDFModel
import RDFSyntax

/// The dot picture of an export, in time linear in the graph.
///
/// Up to ``ExportConfiguration/pictureDetailLimit`` statements, the picture is the graph
/// itself without its provenance detail (text spans, post holdings, CAMEO concept
/// descriptions), drawn by raptor as before. Above it nobody can read a drawing of every
/// node (and raptor's dot writer takes time that grows with the square of the graph): the
/// picture is then the schema-level summary, one box per class with its instances and one
/// table of the properties with their triples — the counts the VoID partitions give.
struct DumpPicture {
    let limit: Int
    private let articleSpace: [UInt8]
    private let cameo = Array(CAMEO.namespace.utf8)
    private static let textSpan = Array("/text#char=".utf8)
    private static let holding = Array("/holding/".utf8)
    /// The statements kept for a drawing of the graph, as N-Triples.
    private(set) var statements: [UInt8] = []
    private(set) var count = 0
    /// More than `limit` statements: the summary is drawn.
    private(set) var isSummary = false

    init(minter: IRIMinter, limit: Int) {
        self.limit = limit
        articleSpace = Array(minter.articleSpace.utf8)
    }

    /// Offers one statement of the merged graph (an N-Triples line without ` .`).
    mutating func offer(_ line: UnsafeBufferPointer<UInt8>) {
        guard !isSummary else { return }
        let terms = NTriplesLineTerms(line)
        if let s = terms.subject {
            let subject = UnsafeBufferPointer(rebasing: line[s])
            if Self.hasPrefix(subject, cameo) || isDetail(subject) { return }
        }
        if let o = terms.object, isDetail(UnsafeBufferPointer(rebasing: line[o])) { return }
        count += 1
        if count > limit {
            isSummary = true
            statements = []
            return
        }
        statements.append(contentsOf: line)
        statements.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "."), 0x0A])
    }

    private func isDetail(_ iri: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.hasPrefix(iri, articleSpace) && (Self.contains(iri, Self.textSpan) || Self.contains(iri, Self.holding))
    }

    /// The graph to draw (when not a summary).
    func graph() throws -> Graph {
        try RDFParser.parse(data: Data(statements), format: .ntriples)
    }

    /// The summary in dot: classes with their instances, properties with their triples.
    static func summary(_ statistics: DatasetStatistics, prefixes: [String: String], limit: Int) -> String {
        let namespaces = prefixes.sorted { $0.value.count > $1.value.count }
        func short(_ iri: IRI) -> String {
            for (prefix, namespace) in namespaces where iri.string.hasPrefix(namespace) {
                return prefix + ":" + iri.string.dropFirst(namespace.count)
            }
            return iri.string
        }
        func escaped(_ text: String) -> String {
            var out = ""
            for c in text {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(c)
                }
            }
            return out
        }
        let classes = statistics.classes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.string < $1.key.string }
        let properties = statistics.properties.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.string < $1.key.string }
        var dot = "digraph communique {\n"
        dot += "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=<Schema summary: \(statistics.triples) triples, "
        dot += "\(statistics.entities) entities, \(statistics.documents) articles<br/>(more than \(limit) triples to draw one by one)>];\n"
        dot += "  node [shape=plaintext, fontname=\"Helvetica\"];\n"
        dot += "  classes [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        dot += "<tr><td bgcolor=\"#dde8f5\"><b>class</b></td><td bgcolor=\"#dde8f5\"><b>instances</b></td></tr>"
        for (iri, count) in classes {
            dot += "<tr><td align=\"left\">\(escaped(short(iri)))</td><td align=\"right\">\(count)</td></tr>"
        }
        dot += "</table>>];\n"
        dot += "  properties [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        dot += "<tr><td bgcolor=\"#e6f2e0\"><b>property</b></td><td bgcolor=\"#e6f2e0\"><b>triples</b></td></tr>"
        for (iri, count) in properties {
            dot += "<tr><td align=\"left\">\(escaped(short(iri)))</td><td align=\"right\">\(count)</td></tr>"
        }
        dot += "</table>>];\n"
        dot += "  classes -> properties [style=invis];\n"
        dot += "}\n"
        return dot
    }

    @inline(__always) private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        MergedGraphBuilder.hasPrefix(bytes, prefix)
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count, let base = bytes.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { n in
            var i = 0
            while i + n.count <= bytes.count {
                if base[i] == n[0] && memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }
}
