import Foundation
import RDFModel
import RDFSyntax
import SPARQL

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An expected answer of a W3C evaluation test, read from its result file.
enum ExpectedResult {
    case bindings(variables: [String], rows: [[String: Term]])
    case boolean(Bool)
    case graph(Graph)
    /// CSV keeps only strings: each row's fields.
    case csv(header: [String], rows: [[String]])
}

/// Reads `.srx`, `.srj`, `.tsv`, `.csv` and RDF (`.ttl`, `.rdf`, result sets in the `rs:` vocabulary or graphs).
enum W3CResultReader {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    static func read(_ path: String, graphForm: Bool) throws -> ExpectedResult {
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension {
        case "srx": return try XMLResults(data: try Data(contentsOf: url)).result
        case "srj": return try json(try Data(contentsOf: url))
        case "tsv": return try tsv(try String(contentsOfFile: path, encoding: .utf8))
        case "csv": return csv(try String(contentsOfFile: path, encoding: .utf8))
        default:
            let graph = try RDFParser.parse(file: path, baseIRI: url.absoluteString)
            if graphForm { return .graph(graph) }
            return resultSet(graph)
        }
    }

    private static func json(_ data: Data) throws -> ExpectedResult {
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        if let boolean = object["boolean"] as? Bool { return .boolean(boolean) }
        let head = object["head"] as? [String: Any] ?? [:]
        let bindings = (object["results"] as? [String: Any])?["bindings"] as? [[String: Any]] ?? []
        let rows = bindings.map { binding in
            binding.compactMapValues { value -> Term? in
                guard let value = value as? [String: Any], let text = value["value"] as? String else { return nil }
                switch value["type"] as? String {
                case "uri": return .iri(text)
                case "bnode": return .blankNode(BlankNode(text))
                default:
                    if let language = value["xml:lang"] as? String { return .literal(Literal(text, language: language)) }
                    if let datatype = value["datatype"] as? String { return .literal(Literal(text, datatype: IRI(unchecked: datatype))) }
                    return .string(text)
                }
            }
        }
        return .bindings(variables: head["vars"] as? [String] ?? [], rows: rows)
    }

    private static func tsv(_ text: String) throws -> ExpectedResult {
        var lines = text.components(separatedBy: "\n")
        while lines.last == "" { lines.removeLast() }
        let header = lines.first?.components(separatedBy: "\t").map { String($0.dropFirst()) } ?? []
        var rows: [[String: Term]] = []
        for line in lines.dropFirst() {
            var row: [String: Term] = [:]
            for (index, field) in line.components(separatedBy: "\t").enumerated() where !field.isEmpty && index < header.count {
                row[header[index]] = try term(field)
            }
            rows.append(row)
        }
        return .bindings(variables: header, rows: rows)
    }

    /// A term in Turtle syntax, read through raptor as the object of a triple.
    private static func term(_ text: String) throws -> Term {
        let graph = try RDFParser.parse(string: "<urn:s> <urn:p> \(text) .", format: .turtle)
        guard let triple = graph.first(where: { _ in true }) else { throw ExpectedResultError("no term in \(text)") }
        if case .blankNode = triple.object, text.hasPrefix("_:") { return .blankNode(BlankNode(String(text.dropFirst(2)))) }
        return triple.object
    }

    private static func csv(_ text: String) -> ExpectedResult {
        var records = parseCSV(text)
        let header = records.isEmpty ? [] : records.removeFirst()
        return .csv(header: header, rows: records)
    }

    /// RFC 4180 records.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r\n" || c == "\n" || c == "\r" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(c)
            }
            i += 1
        }
        return records.filter { $0 != [""] }
    }

    /// A result set written in RDF (`rs:ResultSet`, `rs:solution`, `rs:binding`).
    private static func resultSet(_ graph: Graph) -> ExpectedResult {
        let type = IRI(unchecked: rs + "ResultSet")
        guard let set = graph.instances(of: type).first else { return .graph(graph) }
        if let boolean = graph.firstObject(of: set, IRI(unchecked: rs + "boolean")) {
            return .boolean(boolean.literal?.lexicalForm == "true")
        }
        let variables = graph.objects(of: set, IRI(unchecked: rs + "resultVariable")).compactMap { $0.literal?.lexicalForm }
        var rows: [[String: Term]] = []
        // Ordered results give each solution an rs:index.
        let solutions = graph.objects(of: set, IRI(unchecked: rs + "solution")).sorted { a, b in
            let index = IRI(unchecked: rs + "index")
            let x = graph.firstObject(of: a, index)?.literal.flatMap { Int($0.lexicalForm) } ?? 0
            let y = graph.firstObject(of: b, index)?.literal.flatMap { Int($0.lexicalForm) } ?? 0
            return x < y
        }
        for solution in solutions {
            var row: [String: Term] = [:]
            for binding in graph.objects(of: solution, IRI(unchecked: rs + "binding")) {
                guard let name = graph.firstObject(of: binding, IRI(unchecked: rs + "variable"))?.literal?.lexicalForm,
                    let value = graph.firstObject(of: binding, IRI(unchecked: rs + "value"))
                else { continue }
                row[name] = value
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }
}

struct ExpectedResultError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The SPARQL XML results format, read with Foundation's XMLParser.
final class XMLResults: NSObject, XMLParserDelegate {
    private var variables: [String] = []
    private var rows: [[String: Term]] = []
    private var row: [String: Term] = [:]
    private var binding: String?
    private var kind: String?
    private var attributes: [String: String] = [:]
    private var text = ""
    private var boolean: Bool?

    init(data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw ExpectedResultError("bad XML result: \(String(describing: parser.parserError))") }
    }

    var result: ExpectedResult {
        if let boolean { return .boolean(boolean) }
        return .bindings(variables: variables, rows: rows)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "variable": if let v = attributes["name"] { variables.append(v) }
        case "result": row = [:]
        case "binding": binding = attributes["name"]
        case "uri", "bnode", "literal", "boolean":
            kind = name
            self.attributes = attributes
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if kind != nil { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "result": rows.append(row)
        case "boolean": boolean = text.trimmingCharacters(in: .whitespacesAndNewlines) == "true"; kind = nil
        case "uri", "bnode", "literal":
            guard let binding else { break }
            switch name {
            case "uri": row[binding] = .iri(text)
            case "bnode": row[binding] = .blankNode(BlankNode(text))
            default:
                if let language = attributes["xml:lang"] {
                    row[binding] = .literal(Literal(text, language: language))
                } else if let datatype = attributes["datatype"] {
                    row[binding] = .literal(Literal(text, datatype: IRI(unchecked: datatype)))
                } else {
                    row[binding] = .string(text)
                }
            }
            kind = nil
        default: break
        }
    }
}
