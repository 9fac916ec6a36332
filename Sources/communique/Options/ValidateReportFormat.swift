import ArgumentParser

/// The report formats of `communique validate --format`.
enum ValidateReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// For people: grouped by shape and focus node, with counts.
    case text
    /// The standard SHACL report graph in Turtle.
    case turtle
    /// One JSON object per result.
    case json
    /// JUnit XML for CI test reports.
    case junit
    /// SARIF 2.1.0 for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands (annotations).
    case github
}
