import RDFModel

/// The report for people: a summary line, then results grouped by shape and focus node, with
/// counts, one line per result, and where the fact came from when a locator knows.
///
/// ```
/// Does not conform: 2 violations, 1 warning (2 focus nodes, 2 shapes)
///
/// comm:PersonShape — 2 results
///   <https://example.org/person/ann>
///     Violation  MinCount   schema:name  Less than 1 values (found 0)
///                at seeds/000_x.txt:3:14  "Ann Smith"
/// ```
public struct TextReportRenderer: ReportRenderer {
    let formatter: TermFormatter
    let locate: ResultLocator?

    /// Creates a renderer. - Parameters: `prefixes` compacts IRIs; `locate` adds source locations.
    public init(prefixes: [String: String] = [:], locate: ResultLocator? = nil) {
        formatter = TermFormatter(prefixes: prefixes)
        self.locate = locate
    }

    public func render(_ report: ValidationReport) -> String {
        guard !report.conforms else { return "Conforms: no results.\n" }
        var out = "Does not conform: " + summary(report) + "\n"
        var shapeOrder: [Term] = []
        var byShape: [Term: [ValidationResult]] = [:]
        for result in report.results {
            if byShape[result.sourceShape] == nil { shapeOrder.append(result.sourceShape) }
            byShape[result.sourceShape, default: []].append(result)
        }
        for shape in shapeOrder {
            let results = byShape[shape] ?? []
            let name = results.first.map(formatter.shape(of:)) ?? formatter.format(shape)
            out += "\n\(name) — \(plural(results.count, "result"))\n"
            var focusOrder: [Term] = []
            var byFocus: [Term: [ValidationResult]] = [:]
            for result in results {
                if byFocus[result.focusNode] == nil { focusOrder.append(result.focusNode) }
                byFocus[result.focusNode, default: []].append(result)
            }
            for focus in focusOrder {
                out += "  \(formatter.format(focus))\n"
                for result in byFocus[focus] ?? [] {
                    var line = "    \(pad(result.severity.description, 9)) \(pad(result.componentName, 17))"
                    if let path = result.resultPath { line += " " + formatter.format(path) }
                    if let value = result.value { line += "  value " + formatter.format(value) }
                    line += "  " + result.message
                    out += line + "\n"
                    for location in locate?(result) ?? [] {
                        out += "      at \(location)" + (location.note.map { "  \($0)" } ?? "") + "\n"
                    }
                }
            }
        }
        return out
    }

    private func summary(_ report: ValidationReport) -> String {
        let counts = report.countsBySeverity
        let parts = counts.keys.sorted().map { severity -> String in
            let n = counts[severity] ?? 0
            let name = severity.description.lowercased()
            return plural(n, name)
        }
        let focusNodes = Set(report.results.map(\.focusNode)).count
        let shapes = Set(report.results.map(\.sourceShape)).count
        return parts.joined(separator: ", ") + " (\(plural(focusNodes, "focus node")), \(plural(shapes, "shape")))"
    }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    private func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
}
