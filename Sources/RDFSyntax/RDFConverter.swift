import Foundation
import RDFModel

/// Converts RDF from one syntax to another, streaming (memory flat in the input size for
/// N-Triples and N-Quads output, as `rapper`) or through a sorted ``Graph`` (byte-stable).
///
/// Either way nothing is kept unless it reads back as what was read: streaming compares
/// order-independent digests of the statements written and read back; sorted output is
/// compared by isomorphism. Output goes to a temporary file beside the destination and is
/// renamed at the end, so on any error the destination is untouched.
public enum RDFConverter {
    /// Streams `input` (`-`: standard input) to `output` (`-`: standard output).
    ///
    /// - Parameters:
    ///   - inputFormat: from the input's extension when `nil`.
    ///   - outputFormat: from the output's extension when `nil`.
    ///   - baseIRI: the base for relative IRIs in the input; the input's `file:` URL when `nil`.
    /// - Returns: the number of statements read.
    /// - Throws: ``RDFSyntaxError``.
    @discardableResult
    public static func stream(
        from input: String, format inputFormat: RDFFormat? = nil, to output: String, format outputFormat: RDFFormat? = nil,
        baseIRI: String? = nil
    ) throws -> Int {
        let from = try RDFParser.resolve(inputFormat, path: input)
        let to = try resolveOutput(outputFormat, path: output)
        return try RaptorStreamConverter.convert(
            .file(input), from: from, baseIRI: baseIRI ?? RDFParser.defaultBase(input), to: output, format: to)
    }

    /// Reads `input` and writes it sorted (byte-stable), verified: Turtle and RDF/XML of a graph
    /// without blank nodes through an external sort within `memoryLimit` bytes (read back against
    /// a digest as written), anything else in memory (verified by isomorphism).
    /// Datasets (N-Quads, TriG input to N-Quads output) keep their graph names.
    /// - Returns: the number of statements written.
    @discardableResult
    public static func sorted(
        from input: String, format inputFormat: RDFFormat? = nil, to output: String, format outputFormat: RDFFormat? = nil,
        baseIRI: String? = nil, prefixes: [String: String] = [:], memoryLimit: Int = ExternalLineSorter.defaultMemoryLimit
    ) throws -> Int {
        let from = try RDFParser.resolve(inputFormat, path: input)
        let to = try resolveOutput(outputFormat, path: output)
        // Turtle and RDF/XML of a graph without blank nodes: sorted externally, in bounded memory.
        if to == .turtle || to == .rdfxml, input != "-", output != "-", !from.holdsDatasets,
            let count = try SortedConversion.convert(
                input, from: from, baseIRI: baseIRI ?? RDFParser.defaultBase(input), to: output, format: to, prefixes: prefixes,
                memoryLimit: memoryLimit)
        {
            return count
        }
        if to.holdsDatasets {
            let dataset = try RDFParser.parseDataset(file: input, format: from, baseIRI: baseIRI)
            try RDFSerializer.write(dataset, to: output, format: to)
            return dataset.count
        }
        let graph = try RDFParser.parse(file: input, format: from, baseIRI: baseIRI)
        try RDFSerializer.write(graph, to: output, format: to, prefixes: prefixes)
        return graph.count
    }

    static func resolveOutput(_ format: RDFFormat?, path: String) throws -> RDFFormat {
        let format = format ?? (path == "-" ? .ntriples : RDFFormat(path: path))
        guard let format else {
            throw RDFSyntaxError(
                .unsupportedFormat, "cannot tell the output syntax from the file name: use .ttl, .nt, .nq, .rdf, .dot or name the format",
                location: SourceLocation(file: path))
        }
        guard format.raptorSerializerName != nil else {
            throw RDFSyntaxError(.unsupportedFormat, "cannot write \(format.displayName) (raptor has no writer for it): write N-Quads instead")
        }
        return format
    }
}
