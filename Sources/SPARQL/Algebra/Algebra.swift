import RDFModel

/// The SPARQL algebra (§18.2): what a query's pattern and modifiers translate to.
indirect enum Algebra: Sendable, Hashable {
    /// A basic graph pattern.
    case bgp([TriplePattern])
    /// A property path pattern that is not a plain triple.
    case path(PatternTerm, PropertyPath, PatternTerm)
    case join(Algebra, Algebra)
    case leftJoin(Algebra, Algebra, Expression?)
    case filter([Expression], Algebra)
    case union(Algebra, Algebra)
    case minus(Algebra, Algebra)
    /// `GRAPH name { pattern }`.
    case graph(PatternTerm, Algebra)
    /// BIND, and the SELECT expressions: binds the variable to the expression's value.
    case extend(Algebra, String, Expression)
    /// VALUES: the variables and one row per solution (`nil` for UNDEF).
    case table(variables: [String], rows: [[Term?]])
    /// GROUP BY and the aggregates: each key (named when it binds a variable) and each aggregate's
    /// variable.
    case group(Algebra, keys: [GroupKey], aggregates: [NamedAggregate])
    case orderBy(Algebra, [OrderCondition])
    case project(Algebra, [String])
    case distinct(Algebra)
    case reduced(Algebra)
    case slice(Algebra, offset: Int, limit: Int?)
    /// `SERVICE`: federation is not supported; SILENT gives one empty solution.
    case service(PatternTerm, Algebra, silent: Bool)

    /// The empty group pattern `{}`: one solution that binds nothing.
    static let unit = Algebra.bgp([])

    /// The variables that may be bound by the pattern (§18.2.1, in-scope variables).
    var inScopeVariables: Set<String> {
        switch self {
        case .bgp(let patterns): Set(patterns.flatMap(\.variables))
        case .path(let s, _, let o): Set([s.variableName, o.variableName].compactMap { $0 })
        case .join(let a, let b), .leftJoin(let a, let b, _), .union(let a, let b):
            a.inScopeVariables.union(b.inScopeVariables)
        case .minus(let a, _), .filter(_, let a), .orderBy(let a, _), .distinct(let a), .reduced(let a),
            .slice(let a, _, _):
            a.inScopeVariables
        case .graph(let name, let a): a.inScopeVariables.union([name.variableName].compactMap { $0 })
        case .extend(let a, let name, _): a.inScopeVariables.union([name])
        case .table(let variables, _): Set(variables)
        case .group(_, let keys, let aggregates):
            Set(keys.compactMap(\.name)).union(aggregates.map(\.name))
        case .project(_, let variables): Set(variables)
        case .service(let name, let a, _): a.inScopeVariables.union([name.variableName].compactMap { $0 })
        }
    }
}

/// A GROUP BY key: its expression and, when it is a variable or `(expr AS ?v)`, the variable it binds.
struct GroupKey: Sendable, Hashable {
    var expression: Expression
    var name: String?
}

/// An aggregate and the (hidden) variable that holds its value for each group.
struct NamedAggregate: Sendable, Hashable {
    var name: String
    var aggregate: Aggregate
}
