import RDFModel

/// A result as a table for people: one column per variable, terms in N-Triples form with
/// prefixes abbreviated, columns padded, a count at the end.
public enum ResultTableWriter {
    /// - Parameter prefixes: namespace IRIs by prefix, used to shorten IRIs (`schema:name`).
    public static func write(_ result: QueryResult, prefixes: [String: String] = [:]) -> String {
        switch result {
        case .boolean(let value):
            return "\(value)\n"
        case .graph(let triples):
            return triples.map(\.description).joined(separator: "\n") + (triples.isEmpty ? "" : "\n")
                + "\(triples.count) triple\(triples.count == 1 ? "" : "s")\n"
        case .bindings(let variables, let rows):
            let sortedPrefixes = prefixes.sorted { $0.value.count > $1.value.count }
            func show(_ term: Term?) -> String {
                guard let term else { return "" }
                if case .iri(let iri) = term {
                    for (prefix, namespace) in sortedPrefixes where iri.string.hasPrefix(namespace) {
                        let local = iri.string.dropFirst(namespace.count)
                        if !local.isEmpty, local.allSatisfy({ $0.isLetter || $0.isNumber || "-_".contains($0) }) {
                            return "\(prefix):\(local)"
                        }
                    }
                }
                if case .literal(let literal) = term, literal.datatype == XSD.string, literal.language == nil {
                    return "\"" + Literal.escape(literal.lexicalForm) + "\""
                }
                // Numbers and booleans bare, as Turtle writes them, when the short form reads back the same.
                if case .literal(let literal) = term, literal.isWellFormed,
                    literal.datatype == XSD.integer || literal.datatype == XSD.boolean
                        || (literal.datatype == XSD.decimal && literal.lexicalForm.contains("."))
                {
                    return literal.lexicalForm
                }
                return term.description
            }
            let cells = rows.map { row in variables.map { show(row[$0]) } }
            var widths = variables.map { $0.count + 1 }
            for row in cells {
                for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
            }
            func line(_ values: [String]) -> String {
                values.enumerated().map { index, value in
                    value + String(repeating: " ", count: widths[index] - value.count)
                }.joined(separator: " | ").trimmingTrailingSpaces()
            }
            var out = line(variables.map { "?" + $0 }) + "\n"
            out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
            for row in cells { out += line(row) + "\n" }
            return out + "\(rows.count) row\(rows.count == 1 ? "" : "s")\n"
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
