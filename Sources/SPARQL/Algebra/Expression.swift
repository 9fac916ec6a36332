import RDFModel

/// A SPARQL expression (§17), as the parser builds it and the evaluator runs it.
///
/// Aggregates never appear here: the translation replaces each by a variable that the
/// ``Algebra/group(_:keys:aggregates:)`` node binds (§18.2.4.1).
indirect enum Expression: Sendable, Hashable {
    case variable(String)
    case term(Term)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case unary(UnaryOperator, Expression)
    /// `left IN (list)` or, negated, `NOT IN`.
    case isIn(Expression, [Expression], negated: Bool)
    /// A builtin (its keyword in upper case) or a function IRI, with its arguments.
    case function(String, [Expression])
    case bound(String)
    case ifThenElse(Expression, Expression, Expression)
    case coalesce([Expression])
    /// `EXISTS { pattern }` or, negated, `NOT EXISTS`.
    case exists(Algebra, negated: Bool)

    /// The variables the expression mentions (outside EXISTS patterns).
    var variables: Set<String> {
        switch self {
        case .variable(let name), .bound(let name): [name]
        case .term, .exists: []
        case .or(let a, let b), .and(let a, let b), .binary(_, let a, let b): a.variables.union(b.variables)
        case .unary(_, let a): a.variables
        case .isIn(let a, let list, _): list.reduce(a.variables) { $0.union($1.variables) }
        case .function(_, let arguments), .coalesce(let arguments):
            arguments.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
        case .ifThenElse(let a, let b, let c): a.variables.union(b.variables).union(c.variables)
        }
    }
}

/// An aggregate (§18.5): COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT.
struct Aggregate: Sendable, Hashable {
    enum Function: String, Sendable, Hashable {
        case count = "COUNT", sum = "SUM", min = "MIN", max = "MAX", avg = "AVG", sample = "SAMPLE"
        case groupConcat = "GROUP_CONCAT"
    }

    var function: Function
    var distinct: Bool
    /// The argument; `nil` is `COUNT(*)`.
    var argument: Expression?
    /// GROUP_CONCAT's separator (a single space unless given).
    var separator: String = " "
}

/// One ORDER BY condition.
struct OrderCondition: Sendable, Hashable {
    var expression: Expression
    var ascending: Bool
}
