import Articles
import Dispatch
import Extraction
import Foundation
import RDFModel
import RDFSyntax

/// What an export writes, and how.
public struct ExportConfiguration: Sendable {
    /// The folder the dumps go to (created when missing).
    public var outputDirectory: String
    /// The dump formats, each written once: `name.ttl`, `.rdf`, `.nt`, `.nq` (one named graph per
    /// article), `.dot` (and `.svg` when Graphviz is installed and the graph is small enough).
    public var formats: [RDFFormat]
    /// Mints the IRIs.
    public var minter: IRIMinter
    /// Only this share of the inputs, when set.
    public var shard: Shard?
    /// Articles read and extracted at once (threads).
    public var jobs: Int
    /// The files' base name; a shard's files are named `name.shard-K-of-N`.
    public var name: String
    /// Show progress on standard error (the command sets this only when it is a terminal).
    public var showsProgress: Bool
    /// Write the VoID and DCAT descriptions (`name.void.ttl`, `name.dcat.ttl`).
    public var writesDescription: Bool
    /// Write `name.nq.gz` beside the N-Quads (compressed in process, one gzip member per MiB).
    public var compressesNQuads: Bool
    /// The `.nq.gz`'s compression level, 1 (fastest) … 12 (smallest); see ``ExportConfiguration/defaultGzipLevel``.
    public var gzipLevel: Int
    /// Render `name.svg` from the dot file when Graphviz is installed and the graph has at most this many triples.
    public var pictureTripleLimit: Int
    /// Report what the mapping left out of each article (facts pointing at unlisted entities).
    public var verbose: Bool
    /// The memory budget of the sort behind the Turtle and RDF/XML dumps, in bytes: past it,
    /// sorted runs are spilled to hidden files in the output folder (removed at the end).
    public var memoryLimit: Int
    /// The dot picture draws the graph (without its provenance detail) up to this many
    /// triples; above, it draws the schema-level summary (classes and properties with counts).
    public var pictureDetailLimit: Int

    public init(
        outputDirectory: String, formats: [RDFFormat] = ExportConfiguration.defaultFormats, minter: IRIMinter,
        shard: Shard? = nil, jobs: Int = 1, name: String = "communique", showsProgress: Bool = false,
        writesDescription: Bool = true, compressesNQuads: Bool = true, gzipLevel: Int = ExportConfiguration.defaultGzipLevel,
        pictureTripleLimit: Int = 3_000, verbose: Bool = false, memoryLimit: Int = ExportConfiguration.defaultMemoryLimit,
        pictureDetailLimit: Int = ExportConfiguration.defaultPictureDetailLimit
    ) {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.minter = minter
        self.shard = shard
        self.jobs = max(1, jobs)
        self.name = name
        self.showsProgress = showsProgress
        self.writesDescription = writesDescription
        self.compressesNQuads = compressesNQuads
        self.gzipLevel = gzipLevel
        self.pictureTripleLimit = pictureTripleLimit
        self.verbose = verbose
        self.memoryLimit = memoryLimit
        self.pictureDetailLimit = pictureDetailLimit
    }

    /// 1 GiB.
    public static let defaultMemoryLimit = ExternalLineSorter.defaultMemoryLimit

    /// 20,000 triples: raptor draws that many in about a second; a drawing of more is a blur
    /// nobody reads, and raptor's time grows with the square of the triples.
    public static let defaultPictureDetailLimit = 20_000

    /// The levels libdeflate offers: 1 (fastest) … 12 (smallest).
    public static let gzipLevels = 1...12

    /// Level 1. Compression is the largest single cost of an N-Quads export once extraction is fast:
    /// on the 1,000-article benchmark dump (75 MB) libdeflate takes 0.18 CPU-s at level 1 (3.9 MB),
    /// 0.33 s at 6, gzip's default (3.3 MB), 1.17 s at 9 (3.1 MB) — level 6 would cost a fifth of the
    /// export's CPU for a file 15 % smaller. `--gzip-level` chooses another.
    public static let defaultGzipLevel = 1

    /// Turtle, RDF/XML, N-Triples, N-Quads and dot.
    public static let defaultFormats: [RDFFormat] = [.turtle, .rdfxml, .ntriples, .nquads, .dot]

    /// The base name of the files, with the shard when there is one.
    public var fileStem: String {
        guard let shard else { return name }
        return "\(name).shard-\(shard.index)-of-\(shard.count)"
    }
}

/// An input that was not exported, and why.
public struct SkippedInput: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: ExportError
    public var description: String { reason.description }
}

/// What an export did.
public struct ExportReport: Sendable {
    /// Articles exported.
    public var exported = 0
    /// Inputs skipped, in input order.
    public var skipped: [SkippedInput] = []
    /// Inputs of other shards, not looked at.
    public var otherShards = 0
    /// The files written, in the order written (the DCAT description last).
    public var files: [DumpFile] = []
    /// Distinct triples of the merged graph.
    public var triples = 0
    /// Statements of the N-Quads dump.
    public var quads = 0
    /// Distinct entities (IRI subjects under the base).
    public var entities = 0
    /// Facts the mapping left out (see ``MappedArticle/diagnostics``).
    public var diagnostics = 0
    /// Notes for people (a picture not rendered, a tool missing).
    public var notes: [String] = []
    /// Dumps that could not be written; then nothing in the output folder was replaced.
    public var failures: [ExportError] = []
}

/// Runs an export: reads articles, extracts, maps to RDF and writes the dumps.
///
/// Articles are read and extracted `jobs` at a time and written in input order, so the dumps
/// are byte-identical whatever `jobs` is. The N-Quads and N-Triples dumps are streamed article by
/// article; memory grows with the distinct entities only, unless Turtle, RDF/XML or dot is asked
/// for, which need the merged graph in memory. Every dump is verified by reading it back before
/// it replaces an older one. An article that cannot be read is reported and skipped; the others
/// are exported.
public struct Exporter: Sendable {
    public let configuration: ExportConfiguration
    /// Reads input files.
    public let reader: ArticleReader
    /// Finds entities and facts in an article.
    public let extract: @Sendable (Article) throws -> ExtractedArticle
    /// When set, gives each document's mapped article instead of reading and extracting it
    /// (``ShardMerge`` replays shards' N-Quads this way); it is called for every document, in
    /// order, on the exporting thread.
    public var mappedSource: (@Sendable (InputDocument) -> Result<MappedArticle, ExportError>)?

    public init(configuration: ExportConfiguration, reader: ArticleReader = ArticleReader(),
                extract: @escaping @Sendable (Article) throws -> ExtractedArticle) {
        self.configuration = configuration
        self.reader = reader
        self.extract = extract
    }

    /// Exports the articles under `paths` (files and folders).
    ///
    /// - Parameter log: receives one line per skipped input (and per mapping note when verbose).
    /// - Throws: ``ExportError`` when an input path is missing or the streamed N-Triples/N-Quads
    ///   cannot be written. A Turtle or RDF/XML dump that cannot be written is in the report's
    ///   `failures`; bad articles are in its `skipped`. Either way the output folder holds the
    ///   complete previous set of files or, once everything is written and checked, the complete
    ///   new one (see ``ExportFolder``); a second export into the same folder fails at once.
    ///   Inputs that are not read (a folder that cannot be listed, a file of another type, a
    ///   link to nothing) are in `skipped`; when the paths hold no article at all, or none of
    ///   them can be read, it throws ``ExportError/missingInput(path:reason:)`` saying what was
    ///   looked for, and nothing in the output folder is replaced.
    public func run(_ paths: [String], log: @escaping (String) -> Void = { _ in }) throws -> ExportReport {
        let (documents, listing) = try InputDocument.collect(paths)
        for problem in listing.problems { log(ExportError.badArticle(path: problem.path, reason: problem.description).description) }
        guard !documents.isEmpty else {
            throw ExportError.missingInput(path: paths.joined(separator: " "), reason: InputDocument.nothingFound(paths, listing))
        }
        var report = ExportReport()
        report.skipped = listing.problems.map { SkippedInput(path: $0.path, reason: .badArticle(path: $0.path, reason: $0.description)) }
        report.notes = listing.notes
        return try run(documents: documents, log: log, report: report)
    }

    /// Exports the documents given, in their order (``InputDocument/collect(_:)``'s).
    public func run(documents all: [InputDocument], log: @escaping (String) -> Void = { _ in }) throws -> ExportReport {
        try run(documents: all, log: log, report: ExportReport())
    }

    private func run(documents all: [InputDocument], log: @escaping (String) -> Void, report start: ExportReport) throws -> ExportReport {
        let config = configuration
        var report = start
        var documents: [InputDocument] = []
        var firstPath: [String: String] = [:]
        var duplicates: [String: SkippedInput] = [:]
        for document in all {
            if let shard = config.shard, !shard.contains(document) {
                report.otherShards += 1
                continue
            }
            let identifier = document.identifier
            if let first = firstPath[identifier] {
                duplicates[document.path] = SkippedInput(
                    path: document.path, reason: .duplicateIdentifier(path: document.path, identifier: identifier, firstPath: first))
            } else {
                firstPath[identifier] = document.path
            }
            documents.append(document)
        }

        // The new set goes to a staging folder, published as a whole at the end (see ExportFolder).
        let folder = try ExportFolder(config.outputDirectory, stem: config.fileStem)
        func output(_ ext: String) -> String { folder.path(config.fileStem + "." + ext) }
        func shown(_ ext: String) -> String { folder.finalPath(config.fileStem + "." + ext) }
        do {
        let formats = config.formats
        let compressed = formats.contains(.nquads) && config.compressesNQuads ? output("nq.gz") : nil
        let nquads = formats.contains(.nquads) ? try LineDumpWriter(path: output("nq"), format: .nquads, compressedPath: compressed, gzipLevel: config.gzipLevel) : nil
        let ntriples = formats.contains(.ntriples) ? try LineDumpWriter(path: output("nt"), format: .ntriples) : nil
        let needsSorted = formats.contains(.turtle) || formats.contains(.rdfxml) || formats.contains(.dot)
        let prefixes = Self.prefixes(config.minter)
        let sorted = needsSorted
            ? SortedDumps(directory: folder.staging, stem: config.fileStem, memoryLimit: config.memoryLimit, prefixes: prefixes) : nil
        var merged = MergedGraphBuilder(minter: config.minter)
        var manifest: [UInt8] = []
        let mapper = ArticleMapper(minter: config.minter)
        // The evidence behind the owl:sameAs linkset (one run, or a merge of shards; a shard alone has part of it).
        var evidence = config.shard == nil ? PersonEvidence(minter: config.minter, identity: mapper.identity) : nil
        let progress = ProgressLine(total: documents.count, enabled: config.showsProgress)

        // With more than one job, `jobs` threads read, extract and map the articles ahead of this
        // one, which writes them in input order (at most `window` articles in flight).
        let inputs = documents
        let process: @Sendable (Int) -> Result<MappedArticle, ExportError> = { [self, duplicates] i in
            processOne(inputs[i], duplicates: duplicates, mapper: mapper)
        }
        let pipeline = config.jobs > 1 && mappedSource == nil
            ? ArticlePipeline(count: inputs.count, jobs: config.jobs, window: Self.window(jobs: config.jobs), work: process) : nil
        defer { pipeline?.finish() }
        for (i, document) in inputs.enumerated() {
            switch pipeline?.next() ?? process(i) {
            case .failure(let error):
                report.skipped.append(SkippedInput(path: document.path, reason: error))
                progress.clear()
                log(error.description)
            case .success(let mapped):
                report.exported += 1
                report.diagnostics += mapped.diagnostics.count
                if config.verbose {
                    progress.clear()
                    for note in mapped.diagnostics { log("\(document.path): note: \(note)") }
                }
                try nquads?.write(mapped.lineArena, graph: mapped.graphName)
                if config.shard != nil { ShardManifest.append(document, mapped, to: &manifest) }
                let fresh = merged.add(mapped)
                evidence?.add(mapped)
                if let ntriples {
                    for item in fresh.items {
                        if item < 0 {
                            try ntriples.write(fresh.renamed[Int(-1 - item)], graph: nil)
                        } else {
                            try ntriples.write(mapped.lineArena, at: Int(item), graph: nil)
                        }
                    }
                }
                if let sorted {
                    do {
                        try mapped.lineArena.withUnsafeLines { bytes, ends in
                            for item in fresh.items {
                                if item < 0 {
                                    try sorted.add(fresh.renamed[Int(-1 - item)])
                                } else {
                                    let i = Int(item)
                                    try sorted.add(UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]))
                                }
                            }
                        }
                    } catch {
                        throw ExportError.cannotWrite(path: config.outputDirectory, reason: "cannot sort the merged graph: \(error)")
                    }
                }
            }
            progress.advance()
        }
        progress.clear()
        // Inputs that were all refused are no export: keep the previous one.
        if report.exported == 0 && !documents.isEmpty {
            folder.abandon()
            throw ExportError.missingInput(
                path: config.outputDirectory,
                reason: "none of the \(documents.count) input(s) could be read as an article (listed above); nothing was replaced")
        }
        if config.shard != nil { try ShardManifest.write(manifest, to: output(ShardManifest.fileExtension)) }

        var written: [(path: String, format: RDFFormat?, title: String, mediaType: String, gzipped: Bool, digest: (Int, String)?)] = []
        if let ntriples {
            try ntriples.commit()
            written.append((output("nt"), .ntriples, "N-Triples dump", RDFFormat.ntriples.mediaType, false, (ntriples.byteSize, ntriples.sha256)))
        }
        if let nquads {
            try nquads.commit()
            report.quads = nquads.count
            written.append((output("nq"), .nquads, "N-Quads dump, one named graph per article", RDFFormat.nquads.mediaType, false, (nquads.byteSize, nquads.sha256)))
            if let compressed = nquads.compressedPath {
                written.append((compressed, .nquads, "N-Quads dump, gzip-compressed", RDFFormat.nquads.mediaType, true, (nquads.compressedByteSize, nquads.compressedSHA256)))
            }
        }
        var linkCount: Int? = nil
        if let evidence {
            let linkset = SameAsLinkset(evidence: evidence)
            let writer = try LineDumpWriter(path: output(SameAsLinkset.fileExtension), format: .ntriples)
            for triple in linkset.triples { try writer.write(triple, graph: nil) }
            try writer.commit()
            linkCount = linkset.links.count
            written.append((output(SameAsLinkset.fileExtension), .ntriples, "Linkset: owl:sameAs between person IRIs decided on corpus evidence",
                            RDFFormat.ntriples.mediaType, false, (writer.byteSize, writer.sha256)))
        }
        if let sorted {
            defer { sorted.sorter.removeFiles() }
            let outcome = sorted.write(
                formats: formats, path: { output($0 == .turtle ? "ttl" : "rdf") }, minter: config.minter, pictureLimit: config.pictureDetailLimit)
            for format in outcome.written {
                written.append(format == .turtle
                    ? (output("ttl"), .turtle, "Turtle dump", RDFFormat.turtle.mediaType, false, nil)
                    : (output("rdf"), .rdfxml, "RDF/XML dump", RDFFormat.rdfxml.mediaType, false, nil))
            }
            report.failures += outcome.failures
            if formats.contains(.dot), let picture = outcome.picture {
                if picture.isSummary {
                    let summary = DumpPicture.summary(merged.statistics, prefixes: prefixes, limit: picture.limit)
                    do {
                        try Data(summary.utf8).write(to: URL(fileURLWithPath: output("dot")), options: .atomic)
                    } catch {
                        throw ExportError.cannotWrite(path: output("dot"), reason: "\(error)")
                    }
                    written.append((output("dot"), .dot, "Graphviz picture: schema summary (classes and properties with counts)", "text/vnd.graphviz", false, nil))
                    report.notes.append("\(shown("dot")) is the schema summary: the graph has more than \(picture.limit) triples to draw")
                } else {
                    let graph: Graph
                    do { graph = try picture.graph() } catch { throw ExportError.cannotWrite(path: output("dot"), reason: "\(error)") }
                    try write(graph, to: output("dot"), format: .dot, prefixes: prefixes)
                    written.append((output("dot"), .dot, "Graphviz picture of the graph (without text spans)", "text/vnd.graphviz", false, nil))
                }
                if picture.isSummary || picture.count <= config.pictureTripleLimit, let dot = ExternalTools.find("dot") {
                    try ExternalTools.run(dot, ["-Tsvg"], input: output("dot"), output: output("svg"))
                } else if !picture.isSummary && picture.count > config.pictureTripleLimit {
                    report.notes.append("\(shown("svg")) not rendered: \(picture.count) triples are more than \(config.pictureTripleLimit) for one picture")
                } else {
                    report.notes.append("Graphviz (dot) is not installed: \(shown("svg")) not rendered")
                }
            }
        }

        // One run or the other: a dump that failed leaves the whole previous set in place.
        guard report.failures.isEmpty else {
            report.failures = report.failures.map { $0.relocated(from: folder.staging, to: folder.name) }
            folder.abandon()
            report.notes.append("\(config.outputDirectory): nothing was replaced (the previous files, if any, are as they were)")
            return report
        }
        for file in written {
            let (size, sha) = try file.digest ?? FileDigest.of(file.path)
            report.files.append(DumpFile(
                name: URL(fileURLWithPath: file.path).lastPathComponent, format: file.format, mediaType: file.mediaType,
                gzipped: file.gzipped, byteSize: size, sha256: sha, title: file.title))
        }
        let statistics = merged.statistics
        report.triples = statistics.triples
        report.entities = statistics.entities
        if config.writesDescription {
            let title = config.shard.map { "Communique export (shard \($0))" } ?? "Communique export"
            let description = DatasetDescription(minter: config.minter, statistics: statistics, title: title)
            let linkset = linkCount.map { (file: config.fileStem + "." + SameAsLinkset.fileExtension, links: $0) }
            try write(description.void(dumps: report.files, linkset: linkset), to: output("void.ttl"), format: .turtle, prefixes: DatasetDescription.prefixes)
            let (size, sha) = try FileDigest.of(output("void.ttl"))
            report.files.append(DumpFile(
                name: config.fileStem + ".void.ttl", format: .turtle, mediaType: RDFFormat.turtle.mediaType, byteSize: size,
                sha256: sha, title: "VoID description"))
            try write(description.dcat(files: report.files), to: output("dcat.ttl"), format: .turtle, prefixes: DatasetDescription.prefixes)
        }
        try folder.commit(notes: &report.notes)
        } catch let error as ExportError {
            throw error.relocated(from: folder.staging, to: folder.name)
        }
        return report
    }

    /// Articles read ahead of the one being written, at most: enough to keep `jobs` threads busy
    /// while one article takes long, few enough that memory does not grow with the input.
    static func window(jobs: Int) -> Int { 16 * jobs }

    private func processOne(_ document: InputDocument, duplicates: [String: SkippedInput], mapper: ArticleMapper)
        -> Result<MappedArticle, ExportError>
    {
        if let mappedSource {
            let result = mappedSource(document)
            if let duplicate = duplicates[document.path] { return .failure(duplicate.reason) }
            return result
        }
        if let duplicate = duplicates[document.path] { return .failure(duplicate.reason) }
        let article: Article
        do {
            article = try document.input.map { try reader.read($0) } ?? reader.read(path: document.path)
        } catch {
            return .failure(.badArticle(path: document.path, reason: "\(error)"))
        }
        let extracted: ExtractedArticle
        do {
            extracted = try extract(article)
        } catch {
            return .failure(.badArticle(path: document.path, reason: "extraction failed: \(error)"))
        }
        return .success(mapper.map(extracted))
    }

    private func write(_ graph: Graph, to path: String, format: RDFFormat, prefixes: [String: String]) throws {
        do {
            try RDFSerializer.write(graph, to: path, format: format, prefixes: prefixes)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// The graph that the dot picture shows: everything but the provenance detail (text spans,
    /// post holdings, CAMEO concept descriptions), which would bury the persons, posts, events
    /// and quotations in thousands of nodes.
    static func picture(of graph: Graph, minter: IRIMinter) -> Graph {
        func detail(_ term: Term) -> Bool {
            guard case .iri(let iri) = term else { return false }
            let s = iri.string
            guard minter.isArticleLocal(s) else { return false }
            return s.contains("/text#char=") || s.contains("/holding/")
        }
        var picture = Graph()
        for triple in graph where !detail(triple.subject) && !detail(triple.object) {
            if case .iri(let s) = triple.subject, s.string.hasPrefix(CAMEO.namespace) { continue }
            picture.insert(triple)
        }
        return picture
    }

    /// The prefixes of the Turtle and RDF/XML dumps.
    public static func prefixes(_ minter: IRIMinter) -> [String: String] {
        [
            "schema": Schema.namespace, "org": ORG.namespace, "prov": PROV.namespace, "skos": SKOS.namespace,
            "nif": NIF.namespace, "itsrdf": ITSRDF.namespace, "comm": COMM.namespace, "cameo": CAMEO.namespace,
            "rdf": RDF.namespace, "rdfs": RDFS.namespace, "xsd": XSD.namespace,
            "person": minter.base + "person/", "country": minter.base + "country/",
        ]
    }
}

/// A progress line on standard error, redrawn at most a few times a second.
private final class ProgressLine: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private var done = 0
    private var lastDraw = DispatchTime.now()
    private let started = DispatchTime.now()
    private var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 250_000_000 || done == total else { return }
        lastDraw = now
        let seconds = Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        FileHandle.standardError.write(Data("\rexporting: \(done)/\(total) articles (\(rate)/s)\u{1B}[K".utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
