/// The translation of a group graph pattern's elements to the algebra (§18.2.2.6), with the
/// scoping rules: filters apply to the whole group, OPTIONAL's filter becomes the left join's
/// condition, and BIND may not rebind a variable already in scope (§18.2.1).
enum GroupTranslation {
    static func translate(_ elements: [GroupElement]) throws -> Algebra {
        var filters: [Expression] = []
        var group: Algebra?
        var pendingTriples: [PathItem] = []

        func join(_ next: Algebra) {
            group = group.map { .join($0, next) } ?? next
        }
        func flushTriples() {
            guard !pendingTriples.isEmpty else { return }
            join(basicPattern(pendingTriples))
            pendingTriples = []
        }

        for element in elements {
            switch element {
            case .triples(let items):
                pendingTriples += items
            case .filter(let expression):
                filters.append(expression)
            case .optional(let inner):
                flushTriples()
                let left = group ?? .unit
                if case .filter(let conditions, let pattern) = inner {
                    group = .leftJoin(left, pattern, conditions.dropFirst().reduce(conditions[0]) { .and($0, $1) })
                } else {
                    group = .leftJoin(left, inner, nil)
                }
            case .minus(let inner):
                flushTriples()
                group = .minus(group ?? .unit, inner)
            case .bind(let name, let expression, let token):
                flushTriples()
                let left = group ?? .unit
                if left.inScopeVariables.contains(name) {
                    throw SPARQLSyntaxError(
                        line: token.line, column: token.column,
                        message: "BIND cannot assign ?\(name), which is already in scope in this group")
                }
                group = .extend(left, name, expression)
            case .pattern(let algebra):
                flushTriples()
                // A filtered subgroup keeps its own scope: `{ { P FILTER(F) } }` is not `{ P FILTER(F) }`.
                if group == nil, case .filter = algebra { group = .unit }
                join(algebra)
            }
        }
        flushTriples()
        let result = group ?? .unit
        return filters.isEmpty ? result : .filter(filters, result)
    }

    /// A triples block: one BGP of its plain triples, joined with its path patterns in order.
    private static func basicPattern(_ items: [PathItem]) -> Algebra {
        var triples: [TriplePattern] = []
        var paths: [Algebra] = []
        for item in items {
            switch item {
            case .triple(let triple): triples.append(triple)
            case .path(let s, let p, let o): paths.append(.path(s, p, o))
            }
        }
        var result: Algebra = .bgp(triples)
        if triples.isEmpty, let first = paths.first {
            result = first
            paths.removeFirst()
        }
        for path in paths { result = .join(result, path) }
        return result
    }
}
