import ArgumentParser
import Foundation
import LinkedData
import RDFSyntax

/// `communique merge`: the N-Quads of an export's shards in, the single run's dumps out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the N-Quads of export shards (--shard K/N) into the dumps one export of all the inputs writes.",
        discussion: """
            Give every shard's .nq (each with its .articles.tsv beside it, which export --shard writes). The files \
            written to --out are byte for byte those of one `communique export` over all the inputs with the same \
            --format, --base and --name: Turtle, RDF/XML, N-Triples, N-Quads, dot, VoID and DCAT, in bounded memory.

            Example (4 shards):
              communique export corpus --shard 1/4 --format nquads --out shards   # … and 2/4, 3/4, 4/4 elsewhere
              communique merge shards/communique.shard-*-of-4.nq --out dumps
            """)

    @Argument(help: "The shards' N-Quads files (communique.shard-K-of-N.nq).")
    var shards: [String]

    @Option(name: [.short, .long], help: "The folder for the dumps.")
    var out: String

    @Option(name: .long, help: "Formats, comma-separated: turtle, rdfxml, ntriples, nquads, dot.")
    var format: String = "turtle,rdfxml,ntriples,nquads,dot"

    @Option(name: .long, help: "The base IRI the shards were exported with.")
    var base: String = IRIMinter.defaultBase

    @Option(name: .long, help: "The base name of the files written.")
    var name: String = "communique"

    @Option(name: .long, help: "Compression level of the .nq.gz, 1 to 12.")
    var gzipLevel: Int = ExportConfiguration.defaultGzipLevel

    @Option(name: .long, help: "Memory for sorting the Turtle and RDF/XML dumps (e.g. 512M, 2G).")
    var memoryLimit: String = "1G"

    @Flag(name: .long, help: "Do not write the VoID and DCAT descriptions.")
    var noDescription = false

    func validate() throws {
        _ = try formats()
        do { _ = try IRIMinter(base: base) } catch { throw ValidationError("\(error)") }
        guard ExportConfiguration.gzipLevels.contains(gzipLevel) else { throw ValidationError("--gzip-level must be 1 to 12, not \(gzipLevel)") }
        guard ExternalLineSorter.parseSize(memoryLimit) != nil else {
            throw ValidationError("--memory-limit must be a size such as 512M or 2G, not \"\(memoryLimit)\"")
        }
        guard !name.isEmpty, !name.contains("/") else { throw ValidationError("--name must be a file name, not \"\(name)\"") }
    }

    func formats() throws -> [RDFFormat] {
        var command = ExportCommand()
        command.format = format
        return try command.formats()
    }

    func run() throws {
        let configuration = ExportConfiguration(
            outputDirectory: out, formats: try formats(), minter: try IRIMinter(base: base), name: name,
            showsProgress: false, writesDescription: !noDescription, gzipLevel: gzipLevel,
            memoryLimit: ExternalLineSorter.parseSize(memoryLimit) ?? ExportConfiguration.defaultMemoryLimit)
        let report: ExportReport
        do {
            report = try ShardMerge.run(nquads: shards, configuration: configuration) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        for note in report.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        for failure in report.failures { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
        var summary = "merged \(shards.count) shard(s), \(report.exported) article(s): \(report.triples) triples, \(report.quads) quads, \(report.entities) entities"
        if !report.skipped.isEmpty { summary += "; \(report.skipped.count) article(s) left out (a duplicate identifier)" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !report.failures.isEmpty { throw ExitCode(2) }
    }
}
