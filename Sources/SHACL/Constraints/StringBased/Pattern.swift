import Foundation
import RDFModel

/// `sh:pattern` with optional `sh:flags` (https://www.w3.org/TR/shacl/#PatternConstraintComponent):
/// "each value node matches the regular expression" as SPARQL's `REGEX` (XPath `fn:matches`) does:
/// the expression may match anywhere in `str(v)`; flags `i`, `m`, `s`, `x` and `q` are honoured.
/// Blank nodes fail.
struct Pattern: ConstraintComponent {
    static let iri = SH.patternConstraintComponent
    let pattern: String
    let flags: String?
    private let regex: CompiledRegex

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [Pattern] {
        let section = "PatternConstraintComponent"
        let flags = try reader.string(SH.flags, section: section)
        if let flags, let bad = flags.first(where: { !"imsxq".contains($0) }) {
            throw reader.error(SH.flags, .string(flags), "sh:flags may hold only i, m, s, x and q; found \"\(bad)\"", section: section)
        }
        return try reader.values(SH.pattern).map { value in
            guard case .literal(let literal) = value, literal.language == nil else {
                throw reader.error(SH.pattern, value, "sh:pattern must be a string literal, found \(value)", section: section)
            }
            do {
                return Pattern(pattern: literal.lexicalForm, flags: flags, regex: try CompiledRegex(literal.lexicalForm, flags: flags ?? ""))
            } catch {
                throw reader.error(SH.pattern, value, "sh:pattern is not a valid regular expression: \(literal.lexicalForm)", section: section)
            }
        }
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            let term = context.data.term(value)
            if let string = stringValue(term), regex.matches(string) { continue }
            context.report(Self.iri, value: value, message: "Value \(term) does not match the pattern \"\(pattern)\"")
            if context.isDone { return }
        }
    }
}

/// A compiled regular expression, safe to share between threads (NSRegularExpression is immutable).
final class CompiledRegex: @unchecked Sendable {
    private let expression: NSRegularExpression

    init(_ pattern: String, flags: String) throws {
        var options: NSRegularExpression.Options = []
        var source = pattern
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("x") { options.insert(.allowCommentsAndWhitespace) }
        if flags.contains("q") { source = NSRegularExpression.escapedPattern(for: pattern) }
        expression = try NSRegularExpression(pattern: source, options: options)
    }

    func matches(_ string: String) -> Bool {
        expression.firstMatch(in: string, options: [], range: NSRange(string.startIndex..., in: string)) != nil
    }
}
