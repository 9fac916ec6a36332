import Foundation
import RDFModel

/// Writes graphs and datasets through raptor: Turtle (with the prefixes in use), N-Triples,
/// N-Quads, RDF/XML (abbreviated) and Graphviz dot.
///
/// Output is **deterministic**: triples are written sorted by term, so equal graphs give
/// byte-identical files whatever order their triples arrived in. Output is **never silently
/// lossy**: everything written is read back and compared with the graph by isomorphism (dot
/// excepted, it is a picture); blank-node labels that some syntaxes cannot carry are renamed
/// first, and when raptor's Turtle writer cannot express a graph, a plain Turtle form
/// (prefixes and one statement per line) is tried before giving up with an error that names
/// the offending triple. Files are written to a temporary file beside the destination,
/// verified, then renamed: on failure the destination is untouched.
///
/// ```swift
/// try RDFSerializer.write(graph, to: "output/communique.ttl", format: .turtle, prefixes: ["schema": "https://schema.org/"])
/// ```
public enum RDFSerializer {
    /// Serializes a graph to a string.
    ///
    /// - Parameters:
    ///   - prefixes: prefix → namespace IRI for Turtle and RDF/XML; only those the graph uses
    ///     are declared. When empty, ``Prefixes/wellKnown`` is used.
    ///   - baseIRI: when given, IRIs are written relative to it (and it must be given again to read them back).
    /// - Throws: ``RDFSyntaxError`` (`.unrepresentable` naming the triple the format cannot hold).
    public static func serialize(
        _ graph: Graph, format: RDFFormat, prefixes: [String: String] = [:], baseIRI: String? = nil
    ) throws -> String {
        String(decoding: try render(graph, format: format, prefixes: prefixes, baseIRI: baseIRI), as: UTF8.self)
    }

    /// Writes a graph to a file atomically: temporary file in the same folder, verified, renamed.
    ///
    /// `-` writes to standard output. - Throws: ``RDFSyntaxError``; the destination is then untouched.
    public static func write(_ graph: Graph, to path: String, format: RDFFormat, prefixes: [String: String] = [:]) throws {
        let bytes = try render(graph, format: format, prefixes: prefixes, baseIRI: nil)
        try AtomicFile.write(bytes, to: path)
    }

    /// Serializes a dataset as N-Quads (the only dataset syntax raptor writes), sorted and verified.
    ///
    /// Serializing to a triple format writes the union of the dataset's graphs.
    public static func serialize(_ dataset: Dataset, format: RDFFormat) throws -> String {
        String(decoding: try render(dataset, format: format), as: UTF8.self)
    }

    /// Writes a dataset to a file atomically (N-Quads; triple formats get the union graph).
    public static func write(_ dataset: Dataset, to path: String, format: RDFFormat) throws {
        try AtomicFile.write(try render(dataset, format: format), to: path)
    }

    // MARK: Rendering

    static func render(_ graph: Graph, format: RDFFormat, prefixes: [String: String], baseIRI: String?) throws -> [UInt8] {
        if format == .trig {
            throw RDFSyntaxError(.unsupportedFormat, "cannot write TriG (raptor has no writer for it): write N-Quads instead")
        }
        let namespaces = Prefixes.used(by: graph, from: prefixes.isEmpty ? Prefixes.wellKnown : prefixes)
        let ordered = SortedTriples(graph)
        if format == .rdfxml {
            for ids in ordered.triples {
                let triple = graph.triple(ids)
                if let problem = RDFXMLConstraints.problem(triple) {
                    throw RDFSyntaxError(.unrepresentable, "\(problem); offending triple: \(triple)")
                }
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try RaptorGraphWriter.render(ordered, format: format, namespaces: namespaces, baseIRI: baseIRI)
            try verify(bytes, against: graph, format: format, baseIRI: baseIRI)
        } catch let error as RDFSyntaxError where format == .turtle && error.code != .io {
            // raptor's Turtle writer cannot say everything (collections, some literals):
            // fall back to plain Turtle, which says it all in N-Triples terms.
            let plain = PlainTurtleWriter.render(ordered, namespaces: namespaces)
            try verify(plain, against: graph, format: format, baseIRI: nil)
            return plain
        }
        return bytes
    }

    static func render(_ dataset: Dataset, format: RDFFormat) throws -> [UInt8] {
        switch format {
        case .trig:
            throw RDFSyntaxError(.unsupportedFormat, "cannot write TriG (raptor has no writer for it): write N-Quads instead")
        case .nquads:
            let quads = dataset.sortedQuads()
            let bytes = try RaptorGraphWriter.render(quads: quads)
            let back = try RDFParser.parseDataset(.bytes(bytes), format: .nquads, baseIRI: RDFParser.defaultBaseIRI)
            guard back.isIsomorphic(to: dataset) else {
                let difference = dataset.difference(from: back)
                throw RDFSyntaxError(
                    .verification, "the N-Quads written did not read back as the dataset: \(difference.onlyInFirst.first.map { "\($0)" } ?? "statement counts differ")")
            }
            return bytes
        default:
            return try render(dataset.unionGraph, format: format, prefixes: [:], baseIRI: nil)
        }
    }

    /// Reads the bytes back and checks they are the graph; throws naming a triple that was lost.
    static func verify(_ bytes: [UInt8], against graph: Graph, format: RDFFormat, baseIRI: String?) throws {
        guard format != .dot else { return }
        let back: Graph
        do {
            back = try RDFParser.parseGraph(.bytes(bytes), format: format, baseIRI: baseIRI ?? RDFParser.defaultBaseIRI)
        } catch let error as RDFSyntaxError {
            throw RDFSyntaxError(
                .unrepresentable,
                "raptor wrote \(format.displayName) that does not read back (\(error.description))\(culprit(graph, bytes: bytes, error: error))")
        }
        guard graph.isIsomorphic(to: back) else {
            let difference = graph.difference(from: back)
            let lost = difference.onlyInFirst.first.map { " the triple \($0.triple) was written as \(difference.onlyInSecond.first.map { "\($0.triple)" } ?? "nothing")" } ?? ""
            throw RDFSyntaxError(
                .unrepresentable, "\(format.displayName) cannot hold this graph without changing it:\(lost)")
        }
    }

    /// The line of the written text that failed to read back, quoted, to name the offending term.
    private static func culprit(_ graph: Graph, bytes: [UInt8], error: RDFSyntaxError) -> String {
        guard let line = error.location?.line, line > 0 else { return "" }
        var current = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if current == line { break }
            current += 1
            start = index + 1
        }
        guard current == line, start < bytes.count else { return "" }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        let text = String(decoding: bytes[start..<min(end, start + 200)], as: UTF8.self)
        return "; offending output: \(text.trimmingCharacters(in: .whitespaces))"
    }
}

/// A graph's triples as identifiers, sorted by term (subject, predicate, object), computed by
/// ranking the dictionary's terms once and then sorting integers.
struct SortedTriples {
    let graph: Graph
    let triples: [IDTriple]

    init(_ graph: Graph) {
        self.graph = graph
        let terms = (0..<graph.termCount).map { graph.term(TermID($0)) }
        var order = Array(0..<UInt32(terms.count))
        order.sort { SortedTriples.precedes(terms[Int($0)], terms[Int($1)]) }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[Int(id)] = UInt32(position) }
        var keyed = graph.match().map { ($0, IDTriple(rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])) }
        keyed.sort { a, b in
            if a.1.subject != b.1.subject { return a.1.subject < b.1.subject }
            if a.1.predicate != b.1.predicate { return a.1.predicate < b.1.predicate }
            return a.1.object < b.1.object
        }
        triples = keyed.map(\.0)
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
