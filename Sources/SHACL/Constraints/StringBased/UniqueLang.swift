import RDFModel

/// `sh:uniqueLang true` (https://www.w3.org/TR/shacl/#UniqueLangConstraintComponent): "no pair of
/// value nodes may use the same language tag"; one result (without `sh:value`) per language tag
/// that two or more value nodes share.
struct UniqueLang: ConstraintComponent {
    static let iri = SH.uniqueLangConstraintComponent

    static func parse(_ reader: ShapeReader, _ shapes: ShapeIndexer) throws -> [UniqueLang] {
        guard let value = try reader.boolean(SH.uniqueLang, section: "UniqueLangConstraintComponent"), value else { return [] }
        return [UniqueLang()]
    }

    func evaluate(_ context: inout EvaluationContext) {
        guard context.values.count > 1 else { return }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for value in context.values {
            guard case .literal(let literal) = context.data.term(value), let tag = literal.language, !tag.isEmpty else { continue }
            let key = tag.lowercased()
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        for tag in order where counts[tag, default: 0] > 1 {
            context.report(Self.iri, value: nil, message: "Language \"\(tag)\" is used by more than one value")
            if context.isDone { return }
        }
    }
}
