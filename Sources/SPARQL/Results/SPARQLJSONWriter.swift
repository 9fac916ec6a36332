import Foundation
import RDFModel

/// The SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/).
public enum SPARQLJSONWriter {
    /// A SELECT or ASK result as JSON. - Precondition: not a graph result.
    public static func write(_ result: QueryResult) -> String {
        switch result {
        case .boolean(let value):
            return "{\"head\":{},\"boolean\":\(value)}\n"
        case .bindings(let variables, let rows):
            var out = "{\"head\":{\"vars\":[" + variables.map(quote).joined(separator: ",") + "]},\n\"results\":{\"bindings\":[\n"
            out += rows.map { row in
                "{" + variables.compactMap { name in row[name].map { quote(name) + ":" + term($0) } }.joined(separator: ",") + "}"
            }.joined(separator: ",\n")
            return out + "\n]}}\n"
        case .graph:
            preconditionFailure("a graph result is written as RDF")
        }
    }

    static func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "{\"type\":\"uri\",\"value\":\(quote(iri.string))}"
        case .blankNode(let node): return "{\"type\":\"bnode\",\"value\":\(quote(node.id))}"
        case .literal(let literal):
            var out = "{\"type\":\"literal\",\"value\":\(quote(literal.lexicalForm))"
            if let language = literal.language {
                out += ",\"xml:lang\":\(quote(language))"
            } else if literal.datatype != XSD.string {
                out += ",\"datatype\":\(quote(literal.datatype.string))"
            }
            return out + "}"
        }
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { JSONString.quoted(text) }
}
