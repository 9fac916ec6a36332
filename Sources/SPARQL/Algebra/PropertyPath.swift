import RDFModel

/// A property path (§9, §18.1.7).
indirect enum PropertyPath: Sendable, Hashable {
    case link(IRI)
    case inverse(PropertyPath)
    case sequence(PropertyPath, PropertyPath)
    case alternative(PropertyPath, PropertyPath)
    case zeroOrMore(PropertyPath)
    case oneOrMore(PropertyPath)
    case zeroOrOne(PropertyPath)
    /// `!(p1|...|^q1|...)`: the forward IRIs and the inverse IRIs excluded.
    case negatedSet(forward: [IRI], inverse: [IRI])
}

/// A subject, predicate or object position of a pattern: a variable or a term. Blank nodes of
/// the query are variables whose name starts with `_:` (they cannot be projected).
enum PatternTerm: Sendable, Hashable {
    case variable(String)
    case term(Term)

    var variableName: String? { if case .variable(let name) = self { name } else { nil } }
}

/// A triple pattern of a basic graph pattern.
struct TriplePattern: Sendable, Hashable {
    var subject: PatternTerm
    var predicate: PatternTerm
    var object: PatternTerm

    var variables: [String] { [subject, predicate, object].compactMap(\.variableName) }
}
