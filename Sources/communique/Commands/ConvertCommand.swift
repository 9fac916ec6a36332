import ArgumentParser
import Foundation
import RDFSyntax

/// `communique convert`: convert RDF between syntaxes through raptor, verified.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert RDF between syntaxes (Turtle, N-Triples, N-Quads, RDF/XML, TriG in; Turtle, N-Triples, N-Quads, RDF/XML, dot out).",
        discussion: """
            Streams from parser to writer by default, so memory stays flat for N-Triples and N-Quads
            output (Turtle and RDF/XML writers gather the graph to abbreviate it, as rapper's do).
            --sorted reads the whole graph and writes it sorted: equal graphs give byte-identical files.

            Nothing unverified is kept: the output is read back and compared with the input (by an
            order-independent digest when streaming, by graph isomorphism with --sorted). The output
            is written to a temporary file beside it and renamed at the end; on any error the
            destination is untouched.

            Formats come from the file extensions (.ttl .nt .nq .rdf .owl .trig .dot) or --from/--to.
            Exit status: 0 converted, 2 bad input or output (one line on stderr), 64 usage error.

            Examples:
              communique convert seeds/graph.ttl -o graph.nt
              communique convert data.nt -o data.ttl --sorted
              curl -s https://example.org/data.rdf | communique convert - --from rdfxml --to turtle
              communique convert dump.nq --to ntriples -o - | wc -l
              communique convert people.ttl -o people.rdf --base https://example.org/
            """)

    @Argument(help: ArgumentHelp("The RDF file to read; - for standard input.", valueName: "input"))
    var input: String

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write; - for standard output.", valueName: "output"))
    var output: String = "-"

    @Option(name: .long, help: ArgumentHelp("The input syntax (default: from the input's extension).", valueName: "format"))
    var from: FormatOption?

    @Option(name: .long, help: ArgumentHelp("The output syntax (default: from the output's extension; N-Triples on standard output).", valueName: "format"))
    var to: FormatOption?

    @Option(name: .long, help: ArgumentHelp("The base IRI for relative IRIs in the input (default: the input's file: URL).", valueName: "iri"))
    var base: String?

    @Flag(name: .long, help: "Read the whole graph and write it sorted, for byte-stable output.")
    var sorted = false

    @Option(name: .long, help: ArgumentHelp("With --sorted: memory for sorting Turtle and RDF/XML output (e.g. 512M, 2G); past it, sorted runs go to hidden files beside the output.", valueName: "size"))
    var memoryLimit: String = "1G"

    func validate() throws {
        guard ExternalLineSorter.parseSize(memoryLimit) != nil else {
            throw ValidationError("--memory-limit must be a size such as 512M or 2G, not \"\(memoryLimit)\"")
        }
        if input == "-" && from == nil {
            throw ValidationError("Name the syntax of standard input with --from (turtle, ntriples, nquads, rdfxml, trig).")
        }
        if from == nil && RDFFormat(path: input) == nil {
            throw ValidationError("Cannot tell the syntax of '\(input)' from its extension; name it with --from.")
        }
        if let from, !from.format.isReadable {
            throw ValidationError("Cannot read \(from.format.displayName); --from takes turtle, ntriples, nquads, rdfxml or trig.")
        }
        if output != "-" && to == nil && RDFFormat(path: output) == nil {
            throw ValidationError("Cannot tell the syntax of '\(output)' from its extension; name it with --to.")
        }
        let target = to?.format ?? (output == "-" ? .ntriples : RDFFormat(path: output))
        if target == .trig {
            throw ValidationError("Cannot write TriG (raptor has no TriG writer); write N-Quads with --to nquads.")
        }
        if let base, base.isEmpty || base.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" }) {
            throw ValidationError("The base '\(base)' is not an IRI.")
        }
    }

    func run() throws {
        do {
            if sorted {
                try RDFConverter.sorted(
                    from: input, format: from?.format, to: output, format: to?.format, baseIRI: base,
                    memoryLimit: ExternalLineSorter.parseSize(memoryLimit) ?? ExternalLineSorter.defaultMemoryLimit)
            } else {
                try RDFConverter.stream(from: input, format: from?.format, to: output, format: to?.format, baseIRI: base)
            }
        } catch let error as RDFSyntaxError {
            FileHandle.standardError.write(Data("communique convert: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
