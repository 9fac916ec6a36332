import ArgumentParser
import Foundation
import RDFModel
import RDFSyntax
import TripleStore

#if canImport(Glibc)
import Glibc
#endif

/// `communique publish`: load RDF dumps into a SPARQL store over the Graph Store HTTP Protocol.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Load RDF dumps into a SPARQL store over the SPARQL 1.1 Graph Store HTTP Protocol.",
        discussion: """
            Statements are streamed from the dumps (N-Triples, N-Quads, Turtle, TriG, RDF/XML; .gz is \
            decompressed) and sent in batches, so a dump of any size is loaded with bounded memory. \
            By default every statement goes into the store's default graph (addressed as ?default), \
            which is replaced: the first request is a PUT, later ones POST. --merge only POSTs. \
            --graph IRI loads into one named graph; --graph-per-article keeps the N-Quads graph names \
            (one graph per article in Communique's exports) and replaces each of those graphs.

            Endpoints: --endpoint http://127.0.0.1:7878 derives Oxigraph's /store and /query. For other \
            stores give the Graph Store URL: Fuseki --store-url http://localhost:3030/ds/data, Virtuoso \
            --store-url http://localhost:8890/sparql-graph-crud.

            Logins: the URL's user part (http://user:password@host/…), --user NAME[:PASSWORD], a password \
            in COMMUNIQUE_STORE_PASSWORD, --netrc, or a bearer token in COMMUNIQUE_STORE_TOKEN; HTTP Basic, \
            Digest (as Virtuoso's /sparql-graph-crud-auth asks) and Bearer. Passwords and tokens are never \
            printed: URLs are shown without them.

            Exit status: 0 when every statement was acknowledged; 2 for unreadable input or a failed \
            request (after retrying transient failures), with the graphs that were loaded; 64 for usage errors.
            """)

    @Argument(help: ArgumentHelp("The dumps to load (`-` reads standard input; give --format).", valueName: "dump"))
    var dumps: [String] = []

    @Option(help: ArgumentHelp("The store's base URL; /store and /query are derived (Oxigraph's layout).", valueName: "url"))
    var endpoint: String?

    @Option(name: .customLong("store-url"), help: ArgumentHelp("The Graph Store HTTP Protocol service, overriding the derived one.", valueName: "url"))
    var storeURL: String?

    @Option(name: .customLong("query-url"), help: ArgumentHelp("The SPARQL query service (for --verify), overriding the derived one.", valueName: "url"))
    var queryURL: String?

    @Option(help: ArgumentHelp("Load every statement into this named graph.", valueName: "iri"))
    var graph: String?

    @Flag(name: .customLong("graph-per-article"), help: "Load each N-Quads/TriG graph (one per article) into the graph it names.")
    var graphPerArticle = false

    @Flag(help: "Add to the graphs (POST) instead of replacing them (PUT).")
    var merge = false

    @Option(help: ArgumentHelp("The dumps' syntax when the file name does not tell: turtle, ntriples, nquads, trig, rdfxml.", valueName: "name"))
    var format: String?

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Statements per request at most.", valueName: "n"))
    var batchSize = 100_000

    @Option(help: ArgumentHelp("Times a transient failure (refused connection, time-out, 429, 5xx) is retried.", valueName: "n"))
    var retries = 3

    @Option(help: ArgumentHelp("Seconds to wait for the store's answer to one request.", valueName: "seconds"))
    var timeout: Double = 300

    @Flag(name: .customLong("no-transaction"), help: "Oxigraph only: load with its bulk loader, without a transaction (faster, not atomic).")
    var noTransaction = false

    @Flag(help: "After loading, ask the query service how many triples each loaded graph holds.")
    var verify = false

    @Flag(name: .shortAndLong, help: "Print each request as it is acknowledged.")
    var verbose = false

    @OptionGroup var access: StoreAccessOptions

    func validate() throws {
        if dumps.isEmpty { throw ValidationError("give at least one dump to publish") }
        if endpoint == nil && storeURL == nil { throw ValidationError("give the store with --endpoint URL (or --store-url URL)") }
        if graph != nil && graphPerArticle { throw ValidationError("--graph and --graph-per-article exclude each other") }
        if let graph {
            do { _ = try IRI(graph) } catch { throw ValidationError("--graph '\(graph)' is not an IRI: \(error)") }
            guard graph.contains(":") else { throw ValidationError("--graph '\(graph)' is not an absolute IRI") }
        }
        if let format, RDFFormat(name: format) == nil || RDFFormat(name: format) == .dot {
            throw ValidationError("unknown --format '\(format)': use turtle, ntriples, nquads, trig or rdfxml")
        }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if retries < 0 { throw ValidationError("--retries cannot be negative") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive") }
        do {
            _ = try StoreEndpoint(endpoint: endpoint, storeURL: storeURL, queryURL: queryURL)
        } catch {
            throw ValidationError("\(error)")
        }
        if dumps.filter({ $0 == "-" }).count > 0 && format == nil {
            throw ValidationError("reading standard input needs --format")
        }
    }

    func run() throws {
        let inputFormat = format.flatMap(RDFFormat.init(name:))
        // Check every input before the first request, so a typo never half-loads a store.
        for dump in dumps where dump != "-" {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dump, isDirectory: &isFolder), !isFolder.boolValue else {
                fail("\(dump): no such file")
            }
            guard FileManager.default.isReadableFile(atPath: dump) else { fail("\(dump): cannot be read") }
            if inputFormat == nil && PublishCommand.syntax(of: dump) == nil {
                fail("\(dump): cannot tell the syntax from the file name: use .nt, .nq, .ttl, .trig, .rdf (optionally .gz) or --format")
            }
        }

        let endpoint: StoreEndpoint
        let credentials: StoreCredentials
        do {
            endpoint = try StoreEndpoint(endpoint: self.endpoint, storeURL: storeURL, queryURL: queryURL)
            credentials = try access.credentials(for: endpoint)
        } catch {
            fail("\(error)")
        }
        let client = GraphStoreClient(
            endpoint: endpoint, timeout: timeout, retry: RetryPolicy(attempts: retries + 1), credentials: credentials,
            onRetry: { error, pause in
                PublishCommand.printError("warning: \(error); retrying in \(String(format: "%.1f", pause)) s")
            })
        let assignment: GraphStoreLoader.Assignment
        if graphPerArticle {
            assignment = .perQuadGraph
        } else if let graph {
            assignment = .single(.named(IRI(unchecked: graph)))
        } else {
            assignment = .single(.defaultGraph)
        }
        let options = GraphStoreLoader.Options(
            mode: merge ? .merge : .replace, batchSize: batchSize,
            parameters: noTransaction ? ["no_transaction"] : [])
        let verbose = self.verbose
        let loader = GraphStoreLoader(client: client, assignment: assignment, options: options) { report in
            guard verbose else { return }
            PublishCommand.printError("request \(report.requests): \(report.statementsLoaded) statements acknowledged")
        }

        let started = Date()
        var report: LoadReport
        do {
            for dump in dumps {
                try PublishCommand.stream(dump, format: inputFormat) { quad in try loader.add(quad) }
            }
            report = try loader.finish()
        } catch let failure as LoadFailure {
            fail("\(failure)")
        } catch {
            // The input could not be read; say what the store holds by now.
            fail("\(error)\n" + loader.report.failureSummary)
        }
        let seconds = Date().timeIntervalSince(started)
        if graphPerArticle && !report.graphs.contains(where: { $0.graph != .defaultGraph }) {
            PublishCommand.printError("warning: --graph-per-article, but the dumps name no graph: everything went into the default graph")
        }

        let graphs = report.graphs
        let into: String
        switch graphs.first?.graph {
        case .defaultGraph? where graphs.count == 1: into = "the default graph"
        case .named(let iri)? where graphs.count == 1: into = "graph \(iri)"
        default: into = "\(graphs.count) graphs"
        }
        let rate = seconds > 0 ? Int(Double(report.statementsLoaded) / seconds) : report.statementsLoaded
        print(
            "published \(report.statementsLoaded) statements from \(dumps.count) \(dumps.count == 1 ? "dump" : "dumps") "
                + "into \(into) at \(endpoint.storeURL.absoluteString) "
                + "(\(merge ? "merged" : "replaced"), \(report.requests) \(report.requests == 1 ? "request" : "requests"), \(String(format: "%.1f", seconds)) s, \(rate) statements/s)")
        if verbose || graphs.count <= 20 {
            for graph in graphs { print("  \(graph.graph): \(graph.statements) statements") }
        }
        if verify {
            let sparql = SPARQLClient(
                endpoint: endpoint, timeout: timeout, retry: RetryPolicy(attempts: retries + 1), credentials: credentials)
            do {
                for graph in graphs {
                    let count = try sparql.tripleCount(graph: graph.graph)
                    print("  verified: \(graph.graph) holds \(count) triples")
                }
            } catch {
                fail("the load completed, but verifying it failed: \(error)")
            }
        }
    }

    /// The syntax a file name announces, looking through a `.gz` suffix.
    static func syntax(of path: String) -> RDFFormat? {
        var name = path
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let format = RDFFormat(path: name), format != .dot else { return nil }
        return format
    }

    /// Streams one dump's statements; a `.gz` dump is decompressed by `gzip -dc` through a pipe.
    static func stream(_ path: String, format: RDFFormat?, _ handler: (Quad) throws -> Void) throws {
        let format = format ?? syntax(of: path)
        guard path.hasSuffix(".gz") else {
            try RDFParser.stream(file: path, format: format, handler)
            return
        }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-dc", "--", path]
        let pipe = Pipe()
        let errors = Pipe()
        gzip.standardOutput = pipe
        gzip.standardError = errors
        try gzip.run()
        defer {
            if gzip.isRunning { gzip.terminate() }
            gzip.waitUntilExit()
        }
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        try RDFParser.stream(file: "/dev/fd/\(descriptor)", format: format, baseIRI: URL(fileURLWithPath: path).absoluteString, handler)
        gzip.waitUntilExit()
        if gzip.terminationStatus != 0 {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw PublishInputError(message: "\(path): gzip could not decompress it: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((URLRedaction.redact(message) + "\n").utf8))
    }

    private func fail(_ message: String) -> Never {
        PublishCommand.printError("error: " + URLRedaction.redact(message))
        PublishCommand.exit(withError: ExitCode(2))
    }
}

/// An input problem found outside the parser (such as a `.gz` file gzip cannot read).
struct PublishInputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
