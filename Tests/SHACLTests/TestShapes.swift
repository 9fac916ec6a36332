import RDFModel
import RDFSyntax

@testable import SHACL

/// Helpers for tests written as Turtle: one string holds prefixes, data and shapes.
enum TestShapes {
    static let prefixes = """
        @prefix ex: <http://example.org/> .
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

        """

    static func graph(_ turtle: String) throws -> Graph {
        try RDFParser.parse(string: prefixes + turtle, format: .turtle)
    }

    /// Validates `data` against `shapes` (both Turtle bodies without prefixes).
    static func validate(data: String, shapes: String, jobs: Int = 1) throws -> ValidationReport {
        var validator = try Validator(shapes: try graph(shapes))
        validator.maximumConcurrency = jobs
        return validator.validate(try graph(data))
    }

    /// The results as (component local name, focus node local name, value) for compact expectations.
    static func summary(_ report: ValidationReport) -> [String] {
        report.results.map { result in
            var line = result.componentName + " " + local(result.focusNode)
            if let value = result.value { line += " " + local(value) }
            return line
        }.sorted()
    }

    static func local(_ term: Term) -> String {
        switch term {
        case .iri(let iri): iri.string.hasPrefix("http://example.org/") ? String(iri.string.dropFirst(19)) : iri.description
        default: term.description
        }
    }
}
