import Foundation
import RDFModel

/// The report as JSON, one object per result, for scripts:
///
/// ```json
/// { "conforms": false, "counts": { "Violation": 1 },
///   "results": [ { "focusNode": "<https://example.org/a>", "resultPath": "<https://schema.org/name>",
///                  "sourceShape": "...", "sourceConstraintComponent": "...MinCountConstraintComponent",
///                  "severity": "Violation", "messages": ["..."], "locations": [] } ] }
/// ```
///
/// Terms are written in N-Triples form (full IRIs, quoted literals), so the JSON is unambiguous.
public struct JSONReportRenderer: ReportRenderer {
    let locate: ResultLocator?

    /// Creates a renderer; `locate` adds source locations.
    public init(locate: ResultLocator? = nil) { self.locate = locate }

    struct Document: Encodable {
        let conforms: Bool
        let counts: [String: Int]
        let results: [Entry]
    }

    struct Entry: Encodable {
        let focusNode: String
        let resultPath: String?
        let value: String?
        let sourceShape: String
        let sourceConstraintComponent: String
        let severity: String
        let messages: [String]
        let locations: [Location]
    }

    struct Location: Encodable {
        let file: String
        let line: Int?
        let column: Int?
        let endLine: Int?
        let endColumn: Int?
        let note: String?
    }

    public func render(_ report: ValidationReport) -> String {
        let document = Document(
            conforms: report.conforms,
            counts: Dictionary(uniqueKeysWithValues: report.countsBySeverity.map { ($0.key.description, $0.value) }),
            results: report.results.map { result in
                Entry(
                    focusNode: result.focusNode.description, resultPath: result.resultPath?.description,
                    value: result.value?.description, sourceShape: result.sourceShape.description,
                    sourceConstraintComponent: result.sourceConstraintComponent.string, severity: result.severity.description,
                    messages: result.messages.map(\.lexicalForm),
                    locations: (locate?(result) ?? []).map {
                        Location(file: $0.file, line: $0.line, column: $0.column, endLine: $0.endLine, endColumn: $0.endColumn, note: $0.note)
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
