import Foundation
import RDFModel

/// The solutions of a `SELECT` query (https://www.w3.org/TR/sparql11-results-json/).
public struct SPARQLResults: Sendable, Hashable {
    /// The projected variables, in the order the query gives them.
    public var variables: [String]
    /// One binding of variable names to terms per solution; unbound variables are absent.
    public var solutions: [[String: Term]]

    public init(variables: [String], solutions: [[String: Term]]) {
        self.variables = variables
        self.solutions = solutions
    }

    /// Reads the SPARQL 1.1 Query Results JSON Format.
    ///
    /// - Parameters:
    ///   - json: the document.
    ///   - url: where it came from, for messages.
    /// - Throws: ``TripleStoreError/invalidResponse(url:reason:)``.
    public init(json: Data, url: String = "") throws {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let head = object["head"] as? [String: Any],
            let results = object["results"] as? [String: Any],
            let bindings = results["bindings"] as? [[String: Any]]
        else {
            throw TripleStoreError.invalidResponse(
                url: url, reason: "not a SPARQL JSON result: \(StoreHTTPClient.excerpt(json))")
        }
        variables = head["vars"] as? [String] ?? []
        solutions = try bindings.map { binding in
            var solution: [String: Term] = [:]
            for (name, value) in binding {
                guard let value = value as? [String: Any] else { continue }
                solution[name] = try SPARQLResults.term(value, url: url)
            }
            return solution
        }
    }

    /// Each solution as a line of N-Triples terms in variable order (`-` for unbound), sorted:
    /// a form in which two result sets compare as multisets.
    public var sortedRows: [String] {
        solutions.map { solution in
            variables.map { solution[$0]?.description ?? "-" }.joined(separator: " ")
        }.sorted()
    }

    static func term(_ value: [String: Any], url: String) throws -> Term {
        let type = value["type"] as? String
        let text = value["value"] as? String ?? ""
        switch type {
        case "uri":
            return .iri(IRI(unchecked: text))
        case "bnode":
            return .blankNode(BlankNode(text))
        case "literal", "typed-literal":
            if let language = value["xml:lang"] as? String {
                return .literal(Literal(text, language: language))
            }
            if let datatype = value["datatype"] as? String {
                return .literal(Literal(text, datatype: IRI(unchecked: datatype)))
            }
            return .literal(Literal(text))
        default:
            throw TripleStoreError.invalidResponse(url: url, reason: "unknown term type '\(type ?? "none")'")
        }
    }
}
