import RDFModel

/// `sh:languageIn` (https://www.w3.org/TR/shacl/#LanguageInConstraintComponent): "the allowed
/// language tags for each value node": each value node is a literal whose language tag matches
/// one of the list's ranges as SPARQL's `langMatches` does (equal ignoring case, or a prefix
/// followed by `-`). Literals without a language tag and non-literals fail.
struct LanguageIn: ConstraintComponent {
    static let iri = SH.languageInConstraintComponent
    let ranges: [String]

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [LanguageIn] {
        let section = "LanguageInConstraintComponent"
        guard let members = try reader.list(SH.languageIn, section: section) else { return [] }
        let ranges = try members.map { member in
            guard case .literal(let literal) = member, literal.datatype == XSD.string else {
                throw reader.error(SH.languageIn, member, "sh:languageIn must list string literals, found \(member)", section: section)
            }
            return literal.lexicalForm.lowercased()
        }
        return [LanguageIn(ranges: ranges)]
    }

    static func langMatches(_ tag: String, _ range: String) -> Bool {
        if range == "*" { return !tag.isEmpty }
        let tag = tag.lowercased()
        return tag == range || tag.hasPrefix(range + "-")
    }

    func evaluate(_ context: inout EvaluationContext) {
        for value in context.values {
            let term = context.data.term(value)
            if case .literal(let literal) = term, let tag = literal.language,
                ranges.contains(where: { LanguageIn.langMatches(tag, $0) })
            {
                continue
            }
            context.report(Self.iri, value: value, message: "Value \(term) does not have a language tag in (\(ranges.joined(separator: ", ")))")
            if context.isDone { return }
        }
    }
}
