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
    ///
    /// A graph without blank nodes is written straight to the file and checked statement by
    /// statement as it is read back (memory: the graph plus one flag per triple); other graphs are
    /// rendered in memory and compared by isomorphism.
    public static func write(_ graph: Graph, to path: String, format: RDFFormat, prefixes: [String: String] = [:]) throws {
        let prepared = try prepare(graph, format: format, prefixes: prefixes)
        guard path != "-", !prepared.sorted.hasBlankNodes, format != .dot else {
            try AtomicFile.write(try render(graph, format: format, prefixes: prefixes, baseIRI: nil), to: path)
            return
        }
        try AtomicFile.write(to: path) { fd, temporary in
            try RaptorGraphWriter.write(prepared.sorted, format: format, namespaces: prepared.namespaces, baseIRI: nil, to: fd)
            guard let problem = try RaptorGroundCheck.mismatch(
                file: temporary, format: format, baseIRI: RDFParser.defaultBaseIRI, sorted: prepared.sorted)
            else { return }
            guard format == .turtle else {
                throw RDFSyntaxError(.unrepresentable, "\(format.displayName) cannot hold this graph without changing it: \(problem)")
            }
            // raptor's Turtle writer cannot say everything: fall back to plain Turtle.
            guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else {
                throw RDFSyntaxError(.io, "cannot rewrite the temporary file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
            }
            try AtomicFile.writeAll(PlainTurtleWriter.render(prepared.sorted, namespaces: prepared.namespaces), to: fd, path: path)
            if let problem = try RaptorGroundCheck.mismatch(
                file: temporary, format: format, baseIRI: RDFParser.defaultBaseIRI, sorted: prepared.sorted)
            {
                throw RDFSyntaxError(.unrepresentable, "Turtle cannot hold this graph without changing it: \(problem)")
            }
        }
    }

    /// The graph sorted and checked for the format, with the namespaces to declare.
    static func prepare(_ graph: Graph, format: RDFFormat, prefixes: [String: String]) throws
        -> (sorted: SortedTriples, namespaces: [(prefix: String, iri: String)])
    {
        if format == .trig {
            throw RDFSyntaxError(.unsupportedFormat, "cannot write TriG (raptor has no writer for it): write N-Quads instead")
        }
        let graph = graph.lowercasingLanguageTags()
        let namespaces = Prefixes.used(by: graph, from: prefixes.isEmpty ? Prefixes.wellKnown : prefixes)
        let sorted = SortedTriples(graph)
        if format == .rdfxml {
            for ids in sorted.triples {
                let triple = graph.triple(ids)
                if let problem = RDFXMLConstraints.problem(triple) {
                    throw RDFSyntaxError(.unrepresentable, "\(problem); offending triple: \(triple)")
                }
            }
        }
        return (sorted, namespaces)
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
        let (ordered, namespaces) = try prepare(graph, format: format, prefixes: prefixes)
        let graph = ordered.graph
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
            let dataset = dataset.lowercasingLanguageTags()
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
            back = try readBack(bytes, format: format, baseIRI: baseIRI ?? RDFParser.defaultBaseIRI)
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

    /// Parses written bytes into a graph, feeding raptor bounded chunks: libxml2 refuses a
    /// single chunk of more than 10 MB ("Huge input lookup"), and Turtle is read piece by piece
    /// (raptor's Turtle parser would otherwise hold the whole text twice more).
    static func readBack(_ bytes: [UInt8], format: RDFFormat, baseIRI: String) throws -> Graph {
        if format == .turtle {
            return try bytes.withUnsafeBytes { try RaptorTurtlePieces.graph(from: $0, name: "<string>", baseIRI: baseIRI).graph }
        }
        return try RDFParser.parseGraph(.bytes(bytes), format: format, baseIRI: baseIRI)
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
