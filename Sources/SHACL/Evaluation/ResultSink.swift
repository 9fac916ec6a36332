import RDFModel

/// Where an evaluation puts its results: a list (validation) or just a flag (conformance
/// checks for `sh:node`, `sh:not`, `sh:or`, ..., which stop at the first failure).
final class ResultSink {
    /// Whether results are kept; when `false`, the first failure ends the evaluation.
    let collecting: Bool
    /// Whether some result was produced.
    var failed = false
    /// The results, when collecting.
    var results: [ValidationResult] = []

    init(collecting: Bool) { self.collecting = collecting }
}
