import RDFModel

/// Compares solution sequences as the W3C suites do: the same solutions up to a consistent
/// renaming of blank nodes, as a multiset, or in order when the query has ORDER BY.
enum ResultComparison {
    typealias Row = [String: Term]

    static func equal(expected: [Row], actual: [Row], ordered: Bool) -> Bool {
        guard expected.count == actual.count else { return false }
        var forward: [BlankNode: BlankNode] = [:]
        var backward: [BlankNode: BlankNode] = [:]
        if ordered {
            for (e, a) in zip(expected, actual) where !match(e, a, &forward, &backward) { return false }
            return true
        }
        let groundExpected = expected.filter { !hasBlankNode($0) }
        let groundActual = actual.filter { !hasBlankNode($0) }
        if multiset(groundExpected) == multiset(groundActual) {
            let restExpected = expected.filter(hasBlankNode)
            let restActual = actual.filter(hasBlankNode)
            guard restExpected.count == restActual.count else { return false }
            var used = [Bool](repeating: false, count: restActual.count)
            return search(0, restExpected, restActual, &used, &forward, &backward)
        }
        // Numbers in other lexical forms: match every row by search.
        let restExpected = expected
        let restActual = actual
        guard restExpected.count == restActual.count else { return false }
        var used = [Bool](repeating: false, count: restActual.count)
        return search(0, restExpected, restActual, &used, &forward, &backward)
    }

    private static func multiset(_ rows: [Row]) -> [Row: Int] {
        rows.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private static func hasBlankNode(_ row: Row) -> Bool { row.values.contains { $0.isBlankNode } }

    private static func search(
        _ index: Int, _ expected: [Row], _ actual: [Row], _ used: inout [Bool],
        _ forward: inout [BlankNode: BlankNode], _ backward: inout [BlankNode: BlankNode]
    ) -> Bool {
        if index == expected.count { return true }
        for candidate in actual.indices where !used[candidate] {
            var f = forward
            var b = backward
            guard match(expected[index], actual[candidate], &f, &b) else { continue }
            used[candidate] = true
            if search(index + 1, expected, actual, &used, &f, &b) {
                forward = f
                backward = b
                return true
            }
            used[candidate] = false
        }
        return false
    }

    /// Computed numbers may be written in another lexical form than the expected one (`"6"` and
    /// `"6.0"` as `xsd:decimal`): the same datatype and the same value count as equal.
    private static func sameNumber(_ a: Term, _ b: Term) -> Bool {
        guard case .literal(let x) = a, case .literal(let y) = b, x.datatype == y.datatype,
            [XSD.integer, XSD.decimal, XSD.double, XSD.float].contains(x.datatype)
        else { return false }
        return x.compareValue(to: y) == .equal
    }

    /// Language tags compare case-insensitively (RDF 1.1 §3.3).
    private static func sameLanguageString(_ a: Term, _ b: Term) -> Bool {
        guard case .literal(let x) = a, case .literal(let y) = b, let p = x.language, let q = y.language else { return false }
        return x.lexicalForm == y.lexicalForm && p.lowercased() == q.lowercased()
    }

    /// Whether two rows agree, extending the blank node bijection.
    private static func match(_ e: Row, _ a: Row, _ forward: inout [BlankNode: BlankNode], _ backward: inout [BlankNode: BlankNode]) -> Bool {
        guard Set(e.keys) == Set(a.keys) else { return false }
        for (name, expectedTerm) in e {
            let actualTerm = a[name]!
            switch (expectedTerm, actualTerm) {
            case (.blankNode(let x), .blankNode(let y)):
                if let mapped = forward[x], mapped != y { return false }
                if let mapped = backward[y], mapped != x { return false }
                forward[x] = y
                backward[y] = x
            default:
                if expectedTerm != actualTerm && !sameNumber(expectedTerm, actualTerm) && !sameLanguageString(expectedTerm, actualTerm) {
                    return false
                }
            }
        }
        return true
    }
}
