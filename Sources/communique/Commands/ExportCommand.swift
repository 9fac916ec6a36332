import ArgumentParser
import Articles
import Extraction
import Foundation
import LinkedData
import RDFSyntax

/// `communique export`: news articles in, linked-data dumps out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export news articles (.txt, .html) as linked data: Turtle, RDF/XML, N-Triples, N-Quads, dot, with VoID and DCAT.",
        discussion: """
            Reads the files and folders given (folders recursively, symbolic links followed: .txt, .text, .html, .htm, \
            .xhtml, each also as .gz, and WARC files, .warc and .warc.gz, whose HTML response records are the articles), extracts persons, \
            organizations, countries, posts, meetings and quotations, and writes one dump per format to --out: \
            communique.ttl, .rdf, .nt, .nq (one named graph per article), .nq.gz, .dot (and .svg when Graphviz is \
            installed), communique.void.ttl and communique.dcat.ttl. The same input gives byte-identical files.

            An input that cannot be read (unreadable, not UTF-8, empty, binary, too large, of another type, a link to \
            nothing, a folder that cannot be listed) is reported and skipped; the others are exported, and the exit code \
            is 1. Exit 2: an input path is missing, the inputs hold no article (nothing is replaced) or a dump cannot be written.
            """)

    @Argument(help: "Article files and folders.")
    var paths: [String]

    @Option(name: .long, help: "The folder for the dumps.")
    var out: String

    @Option(name: .long, help: "Formats, comma-separated: turtle, rdfxml, ntriples, nquads, dot.")
    var format: String = "turtle,rdfxml,ntriples,nquads,dot"

    @Option(name: .long, help: "The base IRI of the IRIs minted.")
    var base: String = IRIMinter.defaultBase

    @Option(name: .long, help: "Export only share K of N of the inputs (K/N, e.g. 1/4; auto: Slurm's SLURM_ARRAY_TASK_ID/COUNT; auto/N: Kubernetes' JOB_COMPLETION_INDEX of N); file names get .shard-K-of-N. `communique merge` joins the shards.")
    var shard: String?

    @Option(name: .long, help: "Articles to read and extract at once (threads); 0: one per core.")
    var jobs: Int = 1

    @Option(name: .long, help: "Compression level of the .nq.gz, 1 (fastest, the default) to 12 (smallest; 6 is gzip's default).")
    var gzipLevel: Int = ExportConfiguration.defaultGzipLevel

    @Option(name: .long, help: "The base name of the files written.")
    var name: String = "communique"

    @Flag(name: .long, help: "Do not write the VoID and DCAT descriptions.")
    var noDescription = false

    @Flag(name: .long, help: "Report facts the mapping left out of each article.")
    var verbose = false

    @Option(name: .long, help: "Memory for sorting the Turtle and RDF/XML dumps (e.g. 512M, 2G); past it, sorted runs go to hidden files in --out.")
    var memoryLimit: String = "1G"

    func validate() throws {
        _ = try formats()
        if let shard { do { _ = try Shard.parse(shard, environment: ProcessInfo.processInfo.environment) } catch { throw ValidationError("\(error)") } }
        do { _ = try IRIMinter(base: base) } catch { throw ValidationError("\(error)") }
        guard ExportConfiguration.gzipLevels.contains(gzipLevel) else {
            throw ValidationError("--gzip-level must be 1 to 12, not \(gzipLevel)")
        }
        guard ExternalLineSorter.parseSize(memoryLimit) != nil else {
            throw ValidationError("--memory-limit must be a size such as 512M or 2G, not \"\(memoryLimit)\"")
        }
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more, not \(jobs)") }
        guard !name.isEmpty, !name.contains("/") else { throw ValidationError("--name must be a file name, not \"\(name)\"") }
    }

    func formats() throws -> [RDFFormat] {
        var result: [RDFFormat] = []
        for item in format.split(separator: ",") {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard let f = RDFFormat(name: text), f != .trig else {
                throw ValidationError("unknown format \"\(text)\" in --format: expected turtle, rdfxml, ntriples, nquads or dot")
            }
            if !result.contains(f) { result.append(f) }
        }
        guard !result.isEmpty else { throw ValidationError("--format names no format") }
        return result
    }

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let configuration = ExportConfiguration(
            outputDirectory: out, formats: try formats(), minter: try IRIMinter(base: base),
            shard: try shard.map { try Shard.parse($0, environment: ProcessInfo.processInfo.environment) }, jobs: jobs == 0 ? cores : jobs, name: name,
            showsProgress: isatty(2) != 0, writesDescription: !noDescription, gzipLevel: gzipLevel, verbose: verbose,
            memoryLimit: ExternalLineSorter.parseSize(memoryLimit) ?? ExportConfiguration.defaultMemoryLimit)
        let extractor: Extractor
        do {
            extractor = try Extractor()
        } catch {
            FileHandle.standardError.write(Data("error: cannot load the extraction dictionaries: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let exporter = Exporter(configuration: configuration, extract: { extractor.extract($0) })
        let report: ExportReport
        do {
            report = try exporter.run(paths) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        for note in report.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        for failure in report.failures { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
        var summary = "exported \(report.exported) article(s): \(report.triples) triples, \(report.quads) quads, \(report.entities) entities"
        if report.otherShards > 0 { summary += "; \(report.otherShards) input(s) belong to other shards" }
        if !report.skipped.isEmpty { summary += "; skipped \(report.skipped.count) input(s)" }
        if report.diagnostics > 0 && !verbose { summary += "; \(report.diagnostics) extracted fact(s) left out (--verbose lists them)" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !report.failures.isEmpty { throw ExitCode(2) }
        if !report.skipped.isEmpty { throw ExitCode(1) }
    }
}

