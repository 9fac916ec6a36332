import Foundation
import RDFModel

/// The report as SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html),
/// which GitHub code scanning and other CI tools show inline: one rule per constraint component,
/// one result per validation result with its physical location when a locator knows it, and the
/// focus node, path, value and shape as a logical location and properties.
public struct SARIFReportRenderer: ReportRenderer {
    let formatter: TermFormatter
    let locate: ResultLocator?
    let toolVersion: String

    /// Creates a renderer; `prefixes` compacts IRIs, `locate` adds source locations.
    public init(prefixes: [String: String] = [:], locate: ResultLocator? = nil, toolVersion: String = "0.1.0") {
        formatter = TermFormatter(prefixes: prefixes)
        self.locate = locate
        self.toolVersion = toolVersion
    }

    public func render(_ report: ValidationReport) -> String {
        let components = Array(Set(report.results.map(\.sourceConstraintComponent))).sorted()
        let rules: [[String: Any]] = components.map { component in
            let name = component.string.hasPrefix(SH.namespace) ? String(component.string.dropFirst(SH.namespace.count)) : component.string
            return [
                "id": name,
                "name": name,
                "helpUri": component.string.hasPrefix(SH.namespace) ? "https://www.w3.org/TR/shacl/#\(name)" : component.string,
                "shortDescription": ["text": "SHACL \(name)"],
            ]
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: components.enumerated().map { ($1, $0) })
        let results: [[String: Any]] = report.results.map { result in
            let name = components[ruleIndex[result.sourceConstraintComponent] ?? 0]
            var entry: [String: Any] = [
                "ruleId": name.string.hasPrefix(SH.namespace) ? String(name.string.dropFirst(SH.namespace.count)) : name.string,
                "ruleIndex": ruleIndex[result.sourceConstraintComponent] ?? 0,
                "level": level(result.severity),
                "message": ["text": text(result)],
            ]
            var locations: [[String: Any]] = (locate?(result) ?? []).map { location in
                var region: [String: Any] = [:]
                if let line = location.line { region["startLine"] = line }
                if let column = location.column { region["startColumn"] = column }
                if let endLine = location.endLine { region["endLine"] = endLine }
                if let endColumn = location.endColumn { region["endColumn"] = endColumn }
                var physical: [String: Any] = ["artifactLocation": ["uri": location.file]]
                if !region.isEmpty { physical["region"] = region }
                var entry: [String: Any] = ["physicalLocation": physical]
                if let note = location.note { entry["message"] = ["text": note] }
                return entry
            }
            let logical: [String: Any] = ["fullyQualifiedName": result.focusNode.description, "kind": "resource"]
            if locations.isEmpty {
                locations = [["logicalLocations": [logical]]]
            } else {
                locations[0]["logicalLocations"] = [logical]
            }
            entry["locations"] = locations
            var properties: [String: Any] = [
                "focusNode": result.focusNode.description, "sourceShape": result.sourceShape.description,
                "sourceConstraintComponent": result.sourceConstraintComponent.string, "severity": result.severity.iri.string,
            ]
            if let path = result.resultPath { properties["resultPath"] = path.description }
            if let value = result.value { properties["value"] = value.description }
            entry["properties"] = properties
            return entry
        }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "communique validate", "version": toolVersion,
                            "informationUri": "https://www.w3.org/TR/shacl/", "rules": rules,
                        ]
                    ],
                    "results": results,
                ]
            ],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .violation: "error"
        case .warning: "warning"
        default: "note"
        }
    }

    private func text(_ result: ValidationResult) -> String {
        var out = "\(formatter.format(result.focusNode))"
        if let path = result.resultPath { out += " \(formatter.format(path))" }
        if let value = result.value { out += " = \(formatter.format(value))" }
        return out + ": \(result.message) [\(formatter.shape(of: result))]"
    }
}
