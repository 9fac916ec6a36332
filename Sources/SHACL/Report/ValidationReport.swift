import RDFModel

/// The outcome of validating a data graph against a shapes graph
/// (https://www.w3.org/TR/shacl/#validation-report): whether it conforms and every result.
///
/// ```swift
/// let report = try Validator(shapes: shapesGraph).validate(dataGraph)
/// if !report.conforms {
///     for result in report.results { print(result.focusNode, result.message) }
/// }
/// let graph = report.graph   // the sh:ValidationReport as RDF
/// ```
public struct ValidationReport: Hashable, Sendable {
    /// `sh:conforms`: true when validation produced no result of any severity.
    public var conforms: Bool { results.isEmpty }
    /// `sh:result`: the validation results, sorted (violations first, then by shape and focus node).
    public var results: [ValidationResult]

    /// Creates a report from results (sorted here).
    public init(results: [ValidationResult]) {
        self.results = results.sorted()
    }

    /// The number of results of each severity.
    public var countsBySeverity: [Severity: Int] {
        results.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }

    /// Whether some result is a `sh:Violation` (warnings and infos alone do not fail a CI job
    /// that asks only for violations, but they do make `conforms` false, as the spec says).
    public var hasViolations: Bool { results.contains { $0.severity == .violation } }
}
