import RDFModel

/// The report as JUnit XML, which CI systems (GitLab, Jenkins, GitHub test reporters) show as
/// test results: one `<testsuite>` per shape, one `<testcase>` per focus node, one `<failure>`
/// per result. A conforming report is one passing test case.
public struct JUnitReportRenderer: ReportRenderer {
    let formatter: TermFormatter
    let locate: ResultLocator?

    /// Creates a renderer; `prefixes` compacts IRIs, `locate` adds source locations.
    public init(prefixes: [String: String] = [:], locate: ResultLocator? = nil) {
        formatter = TermFormatter(prefixes: prefixes)
        self.locate = locate
    }

    public func render(_ report: ValidationReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = report.results.count
        out += "<testsuites name=\"SHACL validation\" tests=\"\(max(1, Set(report.results.map { [$0.sourceShape, $0.focusNode] }).count))\" failures=\"\(failures)\">\n"
        if report.conforms {
            out += "  <testsuite name=\"SHACL validation\" tests=\"1\" failures=\"0\">\n"
            out += "    <testcase classname=\"shacl\" name=\"data conforms to the shapes\"/>\n"
            out += "  </testsuite>\n"
        }
        var shapeOrder: [Term] = []
        var byShape: [Term: [ValidationResult]] = [:]
        for result in report.results {
            if byShape[result.sourceShape] == nil { shapeOrder.append(result.sourceShape) }
            byShape[result.sourceShape, default: []].append(result)
        }
        for shape in shapeOrder {
            let results = byShape[shape] ?? []
            var focusOrder: [Term] = []
            var byFocus: [Term: [ValidationResult]] = [:]
            for result in results {
                if byFocus[result.focusNode] == nil { focusOrder.append(result.focusNode) }
                byFocus[result.focusNode, default: []].append(result)
            }
            let shapeName = xmlEscaped(results.first.map(formatter.shape(of:)) ?? formatter.format(shape))
            out += "  <testsuite name=\"\(shapeName)\" tests=\"\(focusOrder.count)\" failures=\"\(results.count)\">\n"
            for focus in focusOrder {
                let focusResults = byFocus[focus] ?? []
                let file = focusResults.lazy.compactMap { self.locate?($0).first }.first
                out += "    <testcase classname=\"\(shapeName)\" name=\"\(xmlEscaped(formatter.format(focus)))\""
                if let file { out += " file=\"\(xmlEscaped(file.file))\"" + (file.line.map { " line=\"\($0)\"" } ?? "") }
                out += ">\n"
                for result in focusResults {
                    var detail = "focus node: \(formatter.format(result.focusNode))\n"
                    if let path = result.resultPath { detail += "path: \(formatter.format(path))\n" }
                    if let value = result.value { detail += "value: \(formatter.format(value))\n" }
                    detail += "shape: \(formatter.format(result.sourceShape))\ncomponent: \(formatter.format(result.sourceConstraintComponent))\nseverity: \(result.severity)\n"
                    for location in locate?(result) ?? [] { detail += "at: \(location)" + (location.note.map { " \($0)" } ?? "") + "\n" }
                    out += "      <failure type=\"\(xmlEscaped(result.componentName))\" message=\"\(xmlEscaped(result.severity.description + ": " + result.message))\">\(xmlEscaped(detail))</failure>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }
}
