import RDFModel

/// The SPARQL Query Results XML Format (https://www.w3.org/TR/rdf-sparql-XMLres/).
public enum SPARQLXMLWriter {
    /// A SELECT or ASK result as XML. - Precondition: not a graph result.
    public static func write(_ result: QueryResult) -> String {
        var out = "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n"
        switch result {
        case .boolean(let value):
            out += "  </head>\n  <boolean>\(value)</boolean>\n"
        case .bindings(let variables, let rows):
            for name in variables { out += "    <variable name=\"\(escape(name))\"/>\n" }
            out += "  </head>\n  <results>\n"
            for row in rows {
                out += "    <result>\n"
                for name in variables {
                    guard let term = row[name] else { continue }
                    out += "      <binding name=\"\(escape(name))\">\(self.term(term))</binding>\n"
                }
                out += "    </result>\n"
            }
            out += "  </results>\n"
        case .graph:
            preconditionFailure("a graph result is written as RDF")
        }
        return out + "</sparql>\n"
    }

    static func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<uri>\(escape(iri.string))</uri>"
        case .blankNode(let node): return "<bnode>\(escape(node.id))</bnode>"
        case .literal(let literal):
            if let language = literal.language {
                return "<literal xml:lang=\"\(escape(language))\">\(escape(literal.lexicalForm))</literal>"
            }
            if literal.datatype != XSD.string {
                return "<literal datatype=\"\(escape(literal.datatype.string))\">\(escape(literal.lexicalForm))</literal>"
            }
            return "<literal>\(escape(literal.lexicalForm))</literal>"
        }
    }

    /// Escapes XML's special characters (and carriage returns, which XML would otherwise normalize).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
