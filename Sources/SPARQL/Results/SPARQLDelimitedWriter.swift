import RDFModel

/// The SPARQL 1.1 CSV and TSV result formats (https://www.w3.org/TR/sparql11-results-csv-tsv/).
public enum SPARQLDelimitedWriter {
    /// CSV: plain values (IRIs and literals without their syntax), quoted when needed, CRLF line ends.
    public static func csv(_ result: QueryResult) -> String {
        guard case .bindings(let variables, let rows) = result else {
            if case .boolean(let value) = result { return "_askResult\r\n\(value)\r\n" }
            preconditionFailure("a graph result is written as RDF")
        }
        func field(_ text: String) -> String {
            if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return text
        }
        var out = variables.map(field).joined(separator: ",") + "\r\n"
        for row in rows {
            out += variables.map { name -> String in
                switch row[name] {
                case nil: return ""
                case .iri(let iri)?: return field(iri.string)
                case .blankNode(let node)?: return "_:" + node.id
                case .literal(let literal)?: return field(literal.lexicalForm)
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// TSV: terms in Turtle/N-Triples syntax, tab separated, `?name` headers.
    public static func tsv(_ result: QueryResult) -> String {
        guard case .bindings(let variables, let rows) = result else {
            if case .boolean(let value) = result { return "?_askResult\n\(value)\n" }
            preconditionFailure("a graph result is written as RDF")
        }
        var out = variables.map { "?" + $0 }.joined(separator: "\t") + "\n"
        for row in rows {
            out += variables.map { row[$0].map(term) ?? "" }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A term as TSV writes it: N-Triples, with simple integers, decimals, doubles and booleans bare.
    static func term(_ term: Term) -> String {
        if case .literal(let literal) = term, literal.isWellFormed,
            [XSD.integer, XSD.decimal, XSD.double, XSD.boolean].contains(literal.datatype),
            !literal.lexicalForm.contains(where: { $0 == "\t" || $0 == "\n" })
        {
            if literal.datatype == XSD.decimal && !literal.lexicalForm.contains(".") { return term.description }
            if literal.datatype == XSD.double && !literal.lexicalForm.lowercased().contains("e") { return term.description }
            return literal.lexicalForm
        }
        return term.description.replacingOccurrences(of: "\t", with: "\\t")
    }
}
