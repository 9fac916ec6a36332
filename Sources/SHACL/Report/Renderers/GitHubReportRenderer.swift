import Foundation
import RDFModel

/// The report as GitHub Actions workflow commands
/// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions), one line per
/// result, so a CI job annotates each violation on the line it belongs to:
///
/// ```
/// ::error file=seeds/000_x.txt,line=3,col=14,title=SHACL MinCount (comm:PersonShape)::<https://example.org/a> schema:name: Less than 1 values
/// ```
public struct GitHubReportRenderer: ReportRenderer {
    let formatter: TermFormatter
    let locate: ResultLocator?

    /// Creates a renderer; `prefixes` compacts IRIs, `locate` adds source locations.
    public init(prefixes: [String: String] = [:], locate: ResultLocator? = nil) {
        formatter = TermFormatter(prefixes: prefixes)
        self.locate = locate
    }

    public func render(_ report: ValidationReport) -> String {
        var out = ""
        for result in report.results {
            let command: String =
                switch result.severity {
                case .violation: "error"
                case .warning: "warning"
                default: "notice"
                }
            var properties: [String] = []
            if let location = locate?(result).first {
                properties.append("file=" + escapeProperty(location.file))
                if let line = location.line { properties.append("line=\(line)") }
                if let column = location.column { properties.append("col=\(column)") }
                if let endLine = location.endLine { properties.append("endLine=\(endLine)") }
                if let endColumn = location.endColumn { properties.append("endColumn=\(endColumn)") }
            }
            properties.append("title=" + escapeProperty("SHACL \(result.componentName) (\(formatter.shape(of: result)))"))
            var message = formatter.format(result.focusNode)
            if let path = result.resultPath { message += " " + formatter.format(path) }
            if let value = result.value { message += " = " + formatter.format(value) }
            message += ": " + result.message
            if let note = locate?(result).first?.note { message += "\n" + note }
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        if report.conforms { out += "::notice title=SHACL::The data conforms to the shapes.\n" }
        return out
    }

    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
