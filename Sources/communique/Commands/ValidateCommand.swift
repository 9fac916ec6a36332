import ArgumentParser
import Dispatch
import Foundation
import RDFModel
import RDFSyntax
import SHACL

/// `communique validate`: validate RDF data against SHACL Core shapes.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate RDF data against SHACL shapes (SHACL Core), with reports for people and for CI.",
        discussion: """
            Reads every DATA file into one data graph and every --shapes file into one shapes graph
            (any syntax the file extensions name: .ttl .nt .nq .rdf .trig), validates with SHACL Core
            (https://www.w3.org/TR/shacl/) and prints the report.

            Formats: text (for people: grouped by shape and focus node, with counts), turtle (the
            standard sh:ValidationReport graph), json, junit (JUnit XML), sarif (SARIF 2.1.0), github
            (GitHub Actions annotations). Where a result concerns a fact a Communique export made, the
            report points at the article and the span of text the export recorded (articles are looked
            up in the --articles folders, by default seeds/ when it exists); otherwise at the line of
            the data file that describes the focus node.

            Exit status: 0 the data conforms, 1 it does not, 2 data or shapes cannot be read (syntax
            errors as path:line:column, ill-formed shapes naming the shape and triple, SHACL-SPARQL
            refused), 64 usage error.

            Examples:
              communique validate output/communique.ttl --shapes Schemas/shapes.ttl
              communique validate a.ttl b.nt --shapes s1.ttl --shapes s2.ttl --format sarif -o shacl.sarif
              communique validate data.ttl --shapes shapes.ttl --format github
            """)

    @Argument(help: ArgumentHelp("The data files, merged into one data graph.", valueName: "data"))
    var data: [String] = []

    @Option(name: .long, help: ArgumentHelp("A shapes file (repeat for several; they are merged).", valueName: "shapes"))
    var shapes: [String] = []

    @Option(name: .long, help: "The report format.")
    var format: ValidateReportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the report (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A folder of source articles, to point results at their text (repeatable; default: seeds/ if present).", valueName: "folder"))
    var articles: [String] = []

    @Option(name: .long, help: ArgumentHelp("Threads to validate with (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print parse, validation and report times and the result count to standard error.")
    var timings = false

    func validate() throws {
        if data.isEmpty { throw ValidationError("Name at least one data file to validate.") }
        if shapes.isEmpty { throw ValidationError("Name the shapes to validate against with --shapes FILE.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        for path in data + shapes where RDFFormat(path: path) == nil {
            throw ValidationError("Cannot tell the syntax of '\(path)' from its extension (use .ttl, .nt, .nq, .rdf or .trig).")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (dataGraph, shapesGraph) = try readInputs()
        let parsed = clock.now
        let validator: Validator
        do {
            var v = try Validator(shapes: shapesGraph)
            if let jobs { v.maximumConcurrency = jobs }
            validator = v
        } catch let error as ShapesError {
            throw failure("\(shapes.count == 1 ? shapes[0] + ": " : "")ill-formed or unsupported shapes graph: \(error)")
        }
        let report = validator.validate(dataGraph)
        let validated = clock.now
        let rendered = try render(report, dataGraph: dataGraph)
        try write(rendered)
        if timings {
            let seconds = { (d: Duration) in String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
            FileHandle.standardError.write(Data(
                "timings: parse \(seconds(parsed - start)) s, validate \(seconds(validated - parsed)) s, report \(seconds(clock.now - validated)) s; triples \(dataGraph.count); results \(report.results.count)\n".utf8))
        }
        // Leave now, with the graphs still held: releasing the data graph's objects one by one
        // (strings of hundreds of thousands of terms) took a tenth of a second per million
        // triples, for memory the process gives back at once. The report is written (unbuffered).
        Foundation.exit(report.conforms ? 0 : 1)
    }

    // MARK: Reading

    /// Parses every file, data and shapes at once on all cores, and merges each side.
    private func readInputs() throws -> (data: Graph, shapes: Graph) {
        let files = data + shapes
        let box = ParsedFiles(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            box.set(index, Result { try RDFParser.parse(file: files[index]) })
        }
        var graphs: [Graph] = []
        for (index, result) in box.results.enumerated() {
            switch result {
            case .success(let graph): graphs.append(graph)
            case .failure(let error as RDFSyntaxError): throw failure(error.description)
            case .failure(let error): throw failure("\(files[index]): \(error)")
            case nil: throw failure("\(files[index]): not read")
            }
        }
        return (merge(Array(graphs[0..<data.count])), merge(Array(graphs[data.count...])))
    }

    /// Merges graphs, renaming the blank nodes of each file apart (RDF merge, not union).
    private func merge(_ graphs: [Graph]) -> Graph {
        guard var merged = graphs.first else { return Graph() }
        for (index, graph) in graphs.enumerated().dropFirst() {
            func rename(_ term: Term) -> Term {
                if case .blankNode(let node) = term { return .blankNode(BlankNode("f\(index)_\(node.id)")) }
                return term
            }
            for triple in graph { merged.insert(Triple(rename(triple.subject), triple.predicate, rename(triple.object))) }
        }
        return merged
    }

    // MARK: Writing

    private func render(_ report: ValidationReport, dataGraph: Graph) throws -> String {
        var prefixes = Prefixes.wellKnown
        for file in shapes + data { prefixes.merge(ValidateSourceLocator.declaredPrefixes(file)) { old, _ in old } }
        let folders = articles.isEmpty ? (FileManager.default.fileExists(atPath: "seeds") ? ["seeds"] : []) : articles
        // Only the focus nodes of results are ever looked for in the data files.
        var subjects = Set<String>()
        for result in report.results { if case .iri(let iri) = result.focusNode { subjects.insert(iri.string) } }
        let locator = ValidateSourceLocator(graph: dataGraph, dataFiles: data, articleFolders: folders, subjects: subjects)
        let locate: ResultLocator = { locator.locate($0) }
        switch format {
        case .text: return TextReportRenderer(prefixes: prefixes, locate: locate).render(report)
        case .json: return JSONReportRenderer(locate: locate).render(report)
        case .junit: return JUnitReportRenderer(prefixes: prefixes, locate: locate).render(report)
        case .sarif: return SARIFReportRenderer(prefixes: prefixes, locate: locate, toolVersion: Communique.configuration.version).render(report)
        case .github: return GitHubReportRenderer(prefixes: prefixes, locate: locate).render(report)
        case .turtle:
            let graph = report.graph
            let used = Prefixes.used(by: graph, from: prefixes)
            do {
                return try RDFSerializer.serialize(graph, format: .turtle, prefixes: Dictionary(used.map { ($0.prefix, $0.iri) }) { a, _ in a })
            } catch {
                return try RDFSerializer.serialize(graph, format: .ntriples)
            }
        }
    }

    private func write(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw failure("\(output): cannot write the report: \(error.localizedDescription)")
        }
    }

    /// Prints a one-line error and returns the exit code for unreadable input (2).
    private func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("communique validate: \(message)\n".utf8))
        return ExitCode(2)
    }
}

/// The parse results of the input files, filled by concurrent workers.
private final class ParsedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<Graph, Error>?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Graph, Error>) { lock.withLock { storage[index] = result } }

    var results: [Result<Graph, Error>?] { lock.withLock { storage } }
}
