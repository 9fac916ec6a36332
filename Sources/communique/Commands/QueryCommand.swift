import ArgumentParser
import Foundation
import RDFModel
import RDFSyntax
import SPARQL
import TripleStore

/// `communique query`: run a SPARQL 1.1 query over RDF files, or send it to a SPARQL store.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL 1.1 query over RDF files (or a SPARQL store) and print the answer.",
        discussion: """
            Loads every DATA file into one dataset (any syntax the extension names: .ttl .nt .nq .rdf \
            .trig, each optionally .gz; the graphs of N-Quads and TriG files become named graphs, the rest \
            the default graph) and runs the query given with -q or --query FILE over it, with Communique's \
            own SPARQL engine. With --endpoint the query goes to a SPARQL 1.1 store instead (the SPARQL \
            protocol; SELECT and ASK).

            Formats: table (for people, the default), json (SPARQL JSON results), xml (SPARQL XML \
            results), csv, tsv; CONSTRUCT and DESCRIBE answers as turtle, ntriples or rdfxml (table \
            prints N-Triples).

            Exit status: 0 answered, 2 unreadable data, a query syntax error (FILE:line:column), a \
            query past --timeout or a store failure, 64 usage error.

            Examples:
              communique query output/communique.nq -q 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
              communique query output/communique.ttl --query meetings.rq --format csv
              communique query output/communique.nq --union-default-graph -q 'SELECT ?n { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }'
              communique query -q 'ASK { ?s a <https://schema.org/Person> }' --endpoint http://127.0.0.1:7878
            """)

    @Argument(help: ArgumentHelp("The data files, loaded into one dataset.", valueName: "data"))
    var data: [String] = []

    @Option(name: .customShort("q"), help: ArgumentHelp("The query text.", valueName: "query"))
    var queryText: String?

    @Option(name: .customLong("query"), help: ArgumentHelp("A file holding the query.", valueName: "file"))
    var queryFile: String?

    @Option(name: .long, help: "The answer's format.")
    var format: QueryOutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Send the query to this SPARQL store instead of loading files.", valueName: "url"))
    var endpoint: String?

    @Option(name: .long, help: ArgumentHelp("Stop a query that runs longer than this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @Flag(name: .long, help: "Query the union of all graphs as the default graph (as the scorer does over the N-Quads dump).")
    var unionDefaultGraph = false

    @Flag(name: .long, help: "Print load and query times, the answer's size and peak memory to standard error.")
    var timings = false

    func validate() throws {
        if (queryText == nil) == (queryFile == nil) { throw ValidationError("Give the query with either -q TEXT or --query FILE.") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be positive.") }
        if endpoint != nil && !data.isEmpty { throw ValidationError("--endpoint queries the store: give no data files with it.") }
        if endpoint == nil && data.isEmpty { throw ValidationError("Name at least one data file to query, or a store with --endpoint.") }
        for path in data where PublishCommand.syntax(of: path) == nil {
            throw ValidationError("Cannot tell the syntax of '\(path)' from its extension (use .ttl, .nt, .nq, .rdf or .trig, optionally .gz).")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (text, source) = try readQuery()
        let query: SPARQLQuery
        do {
            query = try SPARQLQuery.parse(text)
        } catch let error as SPARQLSyntaxError {
            throw fail("\(source):\(error)")
        }
        let isGraph = query.form == "CONSTRUCT" || query.form == "DESCRIBE"
        if isGraph != format.isGraphFormat && format != .table {
            throw ValidationError(
                isGraph ? "A \(query.form) answer is a graph: use --format turtle, ntriples, rdfxml or table."
                    : "A \(query.form) answer is a result table: use --format table, json, xml, csv or tsv.")
        }
        let result: QueryResult
        var loaded = start
        if let endpoint {
            result = try ask(endpoint, query)
            loaded = clock.now
        } else {
            let dataset = try load()
            loaded = clock.now
            do {
                result = try query.evaluate(on: dataset, timeout: timeout, unionDefaultGraph: unionDefaultGraph)
            } catch let error as QueryInterruption {
                throw fail("\(error) (--timeout \(timeout.map { String($0) } ?? "none"))")
            } catch let error as ExpressionError {
                throw fail(error.description)
            }
        }
        let answered = clock.now
        let rendered = try render(result, prefixes: Prefixes.wellKnown.merging(query.prefixes) { $1 })
        FileHandle.standardOutput.write(Data(rendered.utf8))
        if timings {
            let size: String
            switch result {
            case .bindings(_, let rows): size = "\(rows.count) rows"
            case .boolean(let value): size = "\(value)"
            case .graph(let triples): size = "\(triples.count) triples"
            }
            var usage = rusage()
            #if os(Linux)
                getrusage(RUSAGE_SELF.rawValue, &usage)
            #else
                getrusage(RUSAGE_SELF, &usage)
            #endif
            let seconds = { (d: Duration) in String(format: "%.3f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
            FileHandle.standardError.write(Data(
                "load \(seconds(loaded - start)), query \(seconds(answered - loaded)), \(size), peak memory \(usage.ru_maxrss / 1024) MiB\n".utf8))
        }
    }

    private func readQuery() throws -> (text: String, source: String) {
        if let queryText { return (queryText, "query") }
        let path = queryFile!
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("\(path): cannot read the query file") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("\(path): the query is not UTF-8") }
        return (text, path)
    }

    /// Every data file in one dataset; blank nodes of different files kept apart. A plain file
    /// is read by the parser's fast path into a graph (or a dataset for N-Quads and TriG); a
    /// `.gz` file is streamed through gzip.
    private func load() throws -> Dataset {
        var dataset = Dataset()
        for (index, path) in data.enumerated() {
            guard FileManager.default.fileExists(atPath: path) else { throw fail("\(path): no such file") }
            do {
                let file = try read(path)
                if index == 0 {
                    dataset = file
                    continue
                }
                func relabel(_ term: Term) -> Term {
                    guard case .blankNode(let node) = term else { return term }
                    return .blankNode(BlankNode("f\(index)_\(node.id)"))
                }
                func add(_ graph: Graph, to name: Term?) {
                    for triple in graph {
                        let renamed = Triple(relabel(triple.subject), triple.predicate, relabel(triple.object))
                        dataset.insert(Quad(renamed, graph: name.map(relabel)))
                    }
                }
                add(file.defaultGraph, to: nil)
                for (name, graph) in file.namedGraphs { add(graph, to: name) }
            } catch let error as RDFSyntaxError {
                throw fail("\(error)")
            } catch let error as PublishInputError {
                throw fail(error.message)
            }
        }
        return dataset
    }

    private func read(_ path: String) throws -> Dataset {
        let format = PublishCommand.syntax(of: path)
        if !path.hasSuffix(".gz") {
            if format == .nquads || format == .trig { return try RDFParser.parseDataset(file: path, format: format) }
            var dataset = Dataset()
            dataset.defaultGraph = try RDFParser.parse(file: path, format: format)
            return dataset
        }
        var dataset = Dataset()
        try PublishCommand.stream(path, format: format) { dataset.insert($0) }
        return dataset
    }

    /// The query through the SPARQL protocol.
    private func ask(_ url: String, _ query: SPARQLQuery) throws -> QueryResult {
        do {
            let client = SPARQLClient(endpoint: try StoreEndpoint(endpoint: url), timeout: timeout ?? 300)
            switch query.form {
            case "SELECT":
                let results = try client.select(query.text)
                return .bindings(variables: results.variables, rows: results.solutions)
            case "ASK":
                return .boolean(try client.ask(query.text))
            default:
                throw fail("\(query.form) queries cannot be sent with --endpoint yet (SELECT and ASK can)")
            }
        } catch let error as TripleStoreError {
            throw fail("\(error)")
        }
    }

    private func render(_ result: QueryResult, prefixes: [String: String]) throws -> String {
        switch format {
        case .table: return ResultTableWriter.write(result, prefixes: prefixes)
        case .json: return SPARQLJSONWriter.write(result)
        case .xml: return SPARQLXMLWriter.write(result)
        case .csv: return SPARQLDelimitedWriter.csv(result)
        case .tsv: return SPARQLDelimitedWriter.tsv(result)
        case .turtle, .ntriples, .rdfxml:
            guard case .graph(let triples) = result else { return "" }
            let graph = Graph(triples)
            let syntax: RDFFormat = format == .turtle ? .turtle : format == .ntriples ? .ntriples : .rdfxml
            do {
                return try RDFSerializer.serialize(graph, format: syntax, prefixes: prefixes)
            } catch {
                throw fail("cannot write the answer as \(format.rawValue): \(error)")
            }
        }
    }

    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }
}

/// The formats `communique query` prints answers in.
enum QueryOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, xml, csv, tsv, turtle, ntriples, rdfxml

    var isGraphFormat: Bool { self == .turtle || self == .ntriples || self == .rdfxml }
}
