import Foundation
import RDFModel
import RDFSyntax

/// Helpers for comparing graphs in tests, with a readable three-way diff on failure.
///
/// ```swift
/// #expect(isomorphismFailure(actual, expected) == nil, "\(isomorphismFailure(actual, expected) ?? "")")
/// ```
public func isomorphismFailure(_ actual: Graph, _ expected: Graph) -> String? {
    if actual.isIsomorphic(to: expected) { return nil }
    return "graphs differ (first: actual, second: expected)\n\(actual.difference(from: expected))"
}

/// The dataset version of ``isomorphismFailure(_:_:)-(Graph,Graph)``.
public func isomorphismFailure(_ actual: Dataset, _ expected: Dataset) -> String? {
    if actual.isIsomorphic(to: expected) { return nil }
    return "datasets differ (first: actual, second: expected)\n\(actual.difference(from: expected))"
}

/// Reads a Turtle (or any syntax, by extension) fixture into a graph.
public func loadGraph(_ path: String, baseIRI: String? = nil) throws -> Graph {
    try RDFParser.parse(file: path, baseIRI: baseIRI)
}
